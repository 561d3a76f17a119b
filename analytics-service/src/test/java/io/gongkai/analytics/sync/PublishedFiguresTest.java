package io.gongkai.analytics.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import io.gongkai.analytics.sync.FeedPage.FeedEntry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public's national figures, from report-service's feed entries (as its JSON gives
 * them, applied to the read model as a round applies them) to the anonymous answer: a
 * published report counts with its last published figures; a draft, a submission under
 * review, a returned report and an accepted version not yet published never count; an
 * amendment counts once it is published, in place of the figures published before it.
 * Analysts meanwhile count the accepted figures as before.
 */
class PublishedFiguresTest extends SyncTestSupport {

	private static final String LIAONING = "210000";

	private static final String GANSU = "620000";

	private static final String CONTRIBUTORS_2018 = "/api/public/analytics/contributors?figure=requests.received&year=2018";

	private static final String PER_10K_2018 = "/api/public/analytics/comparison?figure=rate.requests_per_10k&year=2018";

	private static final String RECEIVED_2018 = "/api/public/analytics/comparison?figure=requests.received&year=2018";

	/** Agencies whose reports the public must never see counted or named. */
	private static final List<String> UNPUBLISHED = List.of("起草中的局", "审核中的局", "退回的局", "待发布的局");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReadModelUpdates updates;

	@Autowired
	ApplicationEventPublisher publisher;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void onlyPublishedReportsCountAndAnAmendmentCountsOnceItIsPublished() throws Exception {
		liaoningAsFirstRead();
		JsonNode first = awaitPublicValue(LIAONING, 2018, 100 + 999 + 30);
		JsonNode liaoning = province(first, LIAONING);
		assertThat(liaoning.get("name").asString()).isEqualTo("辽宁省");
		assertThat(liaoning.get("reports").asInt()).as("the three published reports, nothing else").isEqualTo(3);
		assertThat(liaoning.get("publishedReports").asString())
			.isEqualTo("/public/index.html#/?province=210000&year=2018");

		// Analysts count the accepted versions, the public does not.
		JsonNode analysts = this.json.readTree(this.mvc
			.perform(get("/api/analytics/comparison?figure=requests.received&year=2018&by=province")
				.header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(rowOf(analysts.get("rows"), "key", LIAONING).get("value").asDouble())
			.isEqualTo(100 + 999 + 7001 + 8003);

		// The amendment of 甲局 is published: its new figures replace the old ones.
		apply(LIAONING, entry(8, "amended", "甲局", "2018", "published", 2, 50, 2, 50, true));
		JsonNode amended = awaitPublicValue(LIAONING, 2018, 100 + 50 + 30);
		assertThat(province(amended, LIAONING).get("reports").asInt()).isEqualTo(3);
	}

	@Test
	void theNationsMedianQuartilesAndRankingAreOverPublishedReportsOnly() throws Exception {
		liaoningAsFirstRead();
		apply(GANSU, entry(1, "gansu", "甘肃甲局", "2018", "published", 1, 400, 1, 400, true));
		awaitPublicValue(GANSU, 2018, 400);
		JsonNode answer = awaitPublicValue(LIAONING, 2018, 1129);

		assertThat(answer.get("figure").get("name").asString()).isEqualTo("收到政府信息公开申请数");
		assertThat(answer.get("provinces").get(0).get("code").asString()).as("ranked highest first")
			.isEqualTo(LIAONING);
		assertThat(province(answer, LIAONING).get("rank").asInt()).isEqualTo(1);
		assertThat(province(answer, GANSU).get("rank").asInt()).isEqualTo(2);
		JsonNode national = answer.get("national");
		assertThat(national.get("provinces").get("count").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(national.get("reportQuartiles").get("count").asInt())
			.as("the four published reports of 2018, whatever else the read model holds")
			.isGreaterThanOrEqualTo(4);
		assertThat(province(answer, LIAONING).get("reportQuartiles").get("median").asDouble()).isEqualTo(100);
	}

	@Test
	void aTrendAndTheTimelinessOfPublishedReportsNameTheAgenciesThatPublished() throws Exception {
		liaoningAsFirstRead();
		awaitPublicValue(LIAONING, 2018, 1129);

		JsonNode trend = read("/api/public/analytics/trend?figure=requests.received&province=210000&from=2017&to=2018");
		assertThat(trend.get("name").asString()).isEqualTo("辽宁省");
		assertThat(trend.get("years").get(0).get("value").isNull()).isTrue();
		assertThat(trend.get("years").get(1).get("value").asDouble()).isEqualTo(1129);
		assertThat(trend.get("years").get(1).get("reports").asInt()).isEqualTo(3);

		JsonNode timeliness = read("/api/public/analytics/timeliness?year=2018");
		JsonNode liaoning = rowOf(timeliness.get("provinces"), "code", LIAONING);
		assertThat(liaoning.get("name").asString()).isEqualTo("辽宁省");
		assertThat(liaoning.get("reports").asInt()).isEqualTo(3);
		assertThat(liaoning.get("onTime").asInt()).isEqualTo(2);
		assertThat(liaoning.get("late").asInt()).isEqualTo(1);
		assertThat(liaoning.get("allOnTime").asBoolean()).isFalse();
		List<String> names = new ArrayList<>();
		liaoning.get("agencies").forEach((agency) -> names.add(agency.get("name").asString()));
		assertThat(names).containsExactly("丙局", "甲局", "乙局");
		assertThat(rowOf(liaoning.get("agencies"), "name", "丙局").get("onTime").asBoolean()).isFalse();
	}

	@Test
	void aProvincesFigureListsExactlyItsPublishedAgenciesEachLeadingToItsReport() throws Exception {
		liaoningAsFirstRead();
		awaitPublicValue(LIAONING, 2018, 1129);

		JsonNode listed = read(CONTRIBUTORS_2018 + "&province=" + LIAONING);
		assertThat(listed.get("name").asString()).isEqualTo("辽宁省");
		assertThat(listed.get("total").asInt()).isEqualTo(3);
		assertThat(names(listed)).as("highest value first; the accepted 8003 of 丙局 is not published")
			.containsExactly("甲局", "乙局", "丙局");
		assertThat(values(listed)).containsExactly(999.0, 100.0, 30.0);
		assertThat(listed.get("value").asDouble()).as("the province's value, as the comparison gives it")
			.isEqualTo(province(read(RECEIVED_2018), LIAONING).get("value").asDouble())
			.isEqualTo(999 + 100 + 30);
		JsonNode first = listed.get("agencies").get(0);
		assertThat(first.get("reportId").asString()).isEqualTo("amended");
		assertThat(first.get("provinceName").asString()).isEqualTo("辽宁省");
		assertThat(first.get("kind").asString()).isEqualTo("department");
		assertThat(first.get("link").asString()).isEqualTo("/public/report.html?id=amended&figure=requests.received");
		assertThat(listed.toString()).doesNotContain("7001").doesNotContain("8003");
		UNPUBLISHED.forEach((hidden) -> assertThat(listed.toString()).doesNotContain(hidden));

		// The amendment of 甲局 is published: its new value, in its new place.
		apply(LIAONING, entry(8, "amended", "甲局", "2018", "published", 2, 50, 2, 50, true));
		awaitPublicValue(LIAONING, 2018, 100 + 50 + 30);
		JsonNode amended = read(CONTRIBUTORS_2018 + "&province=" + LIAONING);
		assertThat(names(amended)).containsExactly("乙局", "甲局", "丙局");
		assertThat(values(amended)).containsExactly(100.0, 50.0, 30.0);
	}

	@Test
	void theNationsAgenciesAddUpToTheNationalFigureAPageAtATime() throws Exception {
		liaoningAsFirstRead();
		apply(GANSU, entry(1, "gansu", "甘肃甲局", "2018", "published", 1, 400, 1, 400, true));
		awaitPublicValue(GANSU, 2018, 400);
		awaitPublicValue(LIAONING, 2018, 1129);
		double national = read(RECEIVED_2018).get("national").get("value").asDouble();

		JsonNode all = read(CONTRIBUTORS_2018 + "&size=200");
		double sum = 0;
		for (JsonNode agency : all.get("agencies")) {
			sum += agency.get("value").asDouble();
		}
		assertThat(sum).as("the agencies listed add up to the national figure").isEqualTo(national);
		assertThat(all.get("value").asDouble()).isEqualTo(national);
		assertThat(all.get("total").asInt()).isEqualTo(all.get("agencies").size());
		assertThat(names(all)).contains("甘肃甲局", "甲局", "乙局", "丙局");
		JsonNode gansu = rowOf(all.get("agencies"), "agencyName", "甘肃甲局");
		assertThat(gansu.get("provinceName").asString()).isEqualTo("甘肃省");
		assertThat(gansu.get("link").asString()).isEqualTo("/public/report.html?id=gansu&figure=requests.received");

		JsonNode secondPage = read(CONTRIBUTORS_2018 + "&size=1&page=1");
		assertThat(secondPage.get("agencies")).hasSize(1);
		assertThat(secondPage.get("agencies").get(0).get("agencyName").asString()).as("pages follow the stated order")
			.isEqualTo(all.get("agencies").get(1).get("agencyName").asString());
		assertThat(secondPage.get("total").asInt()).isEqualTo(all.get("total").asInt());
	}

	@Test
	void aFigurePerInhabitantListsTheAgenciesItsValueCountsAndNamesTheProvincesWithoutAPopulation() throws Exception {
		collection(ReadModelCollections.PROVINCES).insertOne(new Document("_id", LIAONING).append("population",
				new Document("residents", 2_000_000L).append("year", 2020).append("source", "第七次全国人口普查公报")));
		liaoningAsFirstRead();
		apply(GANSU, entry(1, "gansu", "甘肃甲局", "2018", "published", 1, 400, 1, 400, true));
		awaitPublicValue(GANSU, 2018, 400);
		awaitPublicValue(LIAONING, 2018, 1129);
		JsonNode comparison = read(PER_10K_2018);
		double national = comparison.get("national").get("value").asDouble();
		assertThat(comparison.get("national").get("population").asLong())
			.as("the nation's value is over the population of the provinces it counts")
			.isEqualTo(2_000_000L);
		assertThat(comparison.get("national").get("withoutPopulation")).hasSize(1);
		assertThat(comparison.get("national").get("withoutPopulation").get(0).get("name").asString()).isEqualTo("甘肃省");
		assertThat(comparison.get("national").get("withoutPopulation").get(0).get("reports").asInt()).isEqualTo(1);
		JsonNode liaoning = province(comparison, LIAONING);
		assertThat(liaoning.get("population").get("residents").asLong()).isEqualTo(2_000_000L);
		assertThat(liaoning.get("population").get("year").asInt()).as("which year the population is of")
			.isEqualTo(2020);
		assertThat(province(comparison, GANSU).get("population").get("residents").isNull()).isTrue();
		assertThat(province(comparison, GANSU).get("value").isNull()).isTrue();
		JsonNode received = read(RECEIVED_2018);
		assertThat(received.get("national").get("population").isNull()).isTrue();
		assertThat(received.get("national").get("withoutPopulation")).as("a counted figure leaves no province out")
			.isEmpty();
		assertThat(province(received, LIAONING).has("population")).isFalse();

		JsonNode listed = read(PER_10K_2018.replace("/comparison?", "/contributors?") + "&size=200");
		double sum = 0;
		for (JsonNode agency : listed.get("agencies")) {
			sum += agency.get("numerator").asDouble();
		}
		assertThat(sum).as("the agencies listed add up to the numerator of the national value")
			.isEqualTo(listed.get("numerator").asDouble());
		assertThat(listed.get("population").asLong()).as("the population of the provinces listed")
			.isEqualTo(2_000_000L);
		assertThat(sum * 10_000 / listed.get("population").asLong()).isCloseTo(national, within(0.01));
		assertThat(listed.get("value").asDouble()).isEqualTo(national);
		assertThat(names(listed)).as("a province without a population is not in the value")
			.containsExactly("甲局", "乙局", "丙局");
		assertThat(listed.get("total").asInt()).isEqualTo(3);
		assertThat(listed.get("withoutPopulation")).hasSize(1);
		JsonNode leftOut = listed.get("withoutPopulation").get(0);
		assertThat(leftOut.get("name").asString()).isEqualTo("甘肃省");
		assertThat(leftOut.get("reports").asInt()).isEqualTo(1);

		JsonNode gansu = read(PER_10K_2018.replace("/comparison?", "/contributors?") + "&province=" + GANSU);
		assertThat(gansu.get("agencies")).as("its own province without a population lists nobody").isEmpty();
		assertThat(gansu.get("population").isNull()).isTrue();
		assertThat(gansu.get("withoutPopulation").get(0).get("code").asString()).isEqualTo(GANSU);
		JsonNode counted = read(CONTRIBUTORS_2018);
		assertThat(counted.get("withoutPopulation")).as("a counted figure leaves no province out").isEmpty();
		assertThat(counted.get("population").isNull()).isTrue();
	}

	@Test
	void aRatesAgenciesGiveTheFiguresItIsComputedFromAndAggregateReportsAreNotAdded() throws Exception {
		apply(LIAONING, disclosure(1, "rate-a", "公开甲局", "own", 30, 10, 80),
				disclosure(2, "rate-b", "公开乙局", "own", 5, 0, 20),
				disclosure(3, "rate-all", "全省汇总", "aggregate", 900, 100, 1000),
				entry(4, "rate-draft", "起草中的局", "2019", "draft", null, null, null, null, null));
		String path = "/api/public/analytics/contributors?figure=rate.disclosure&year=2019&province=" + LIAONING;
		JsonNode listed = awaitContributors(path, 2);

		assertThat(names(listed)).containsExactly("公开甲局", "公开乙局");
		assertThat(values(listed)).containsExactly(50.0, 25.0);
		assertThat(listed.get("numerator").asDouble()).isEqualTo(45);
		assertThat(listed.get("denominator").asDouble()).isEqualTo(100);
		assertThat(listed.get("value").asDouble()).as("the ratio of the sums, not the mean of the rates")
			.isEqualTo(45.0);
		assertThat(listed.get("aggregates").asInt()).isEqualTo(1);
		List<String> parts = new ArrayList<>();
		listed.get("parts").forEach((part) -> parts.add(part.get("id").asString() + ":" + part.get("side").asString()));
		assertThat(parts).containsExactly("requests.granted:numerator", "requests.partial:numerator",
				"requests.answered:denominator");
		JsonNode first = listed.get("agencies").get(0);
		assertThat(first.get("parts").get("requests.granted").asDouble()).isEqualTo(30);
		assertThat(first.get("parts").get("requests.answered").asDouble()).isEqualTo(80);
		assertThat(first.get("link").asString()).isEqualTo("/public/report.html?id=rate-a&figure=rate.disclosure");
	}

	@Test
	void aBadFigureProvincePageOrSizeOfTheAgenciesIsAProblemInChinese() throws Exception {
		this.mvc.perform(get("/api/public/analytics/contributors?figure=requests.nothing&year=2018"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unknown-figure"))
			.andExpect(jsonPath("$.title").value("未知的指标"));
		this.mvc.perform(get(CONTRIBUTORS_2018 + "&province=21"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-province"));
		this.mvc.perform(get(CONTRIBUTORS_2018 + "&province=990000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unknown-province"));
		this.mvc.perform(get("/api/public/analytics/contributors?figure=requests.received&year=1990"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-year"));
		this.mvc.perform(get(CONTRIBUTORS_2018 + "&size=5000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-page"))
			.andExpect(jsonPath("$.title").value("每页数目无效"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("200")));
		this.mvc.perform(get(CONTRIBUTORS_2018 + "&page=-1").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-page"))
			.andExpect(jsonPath("$.title").value("Invalid page"));
	}

	@Test
	void everyPublicAnswerCanBeKeptAndAsksAgainWithItsTag() throws Exception {
		liaoningAsFirstRead();
		awaitPublicValue(LIAONING, 2018, 1129);
		MvcResult first = this.mvc.perform(get(RECEIVED_2018))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=60, public"))
			.andReturn();
		String tag = first.getResponse().getHeader("ETag");
		assertThat(tag).isNotBlank();
		this.mvc.perform(get(RECEIVED_2018).header("If-None-Match", tag)).andExpect(status().isNotModified());
		String agencies = this.mvc.perform(get(CONTRIBUTORS_2018))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=60, public"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc.perform(get(CONTRIBUTORS_2018).header("If-None-Match", agencies)).andExpect(status().isNotModified());
	}

	@Test
	void aBadFigureOrYearIsAProblemInChineseFirst() throws Exception {
		this.mvc.perform(get("/api/public/analytics/comparison?figure=requests.nothing&year=2018"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unknown-figure"))
			.andExpect(jsonPath("$.title").value("未知的指标"))
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/api/public/analytics/figures")));
		this.mvc.perform(get("/api/public/analytics/comparison?figure=requests.received&year=1990"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-year"))
			.andExpect(jsonPath("$.title").value("年度超出范围"));
		this.mvc.perform(get("/api/public/analytics/timeliness?year=1990").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-year"))
			.andExpect(jsonPath("$.title")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(".*\\p{IsHan}.*"))));
		this.mvc.perform(get("/api/public/analytics/trend?figure=requests.received&province=999999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unknown-province"));
	}

	/**
	 * Every public endpoint, for every figure of the catalogue and every province the
	 * answers name, without a token: none names an agency whose report was not published.
	 */
	@Test
	void aCrawlOfEveryPublicAnswerFindsNothingOfUnpublishedReports() throws Exception {
		liaoningAsFirstRead();
		awaitPublicValue(LIAONING, 2018, 1129);
		List<String> bodies = new ArrayList<>();
		JsonNode figures = read("/api/public/analytics/figures");
		assertThat(figures.size()).isGreaterThan(20);
		bodies.add(figures.toString());
		JsonNode years = read("/api/public/analytics/years");
		assertThat(years.toString()).contains("2018");
		for (JsonNode year : years) {
			bodies.add(read("/api/public/analytics/timeliness?year=" + year.asInt()).toString());
			for (JsonNode figure : figures) {
				JsonNode comparison = read("/api/public/analytics/comparison?figure=" + figure.get("id").asString()
						+ "&year=" + year.asInt());
				bodies.add(comparison.toString());
				for (String province : List.of("", LIAONING, GANSU)) {
					bodies.add(read("/api/public/analytics/trend?figure=" + figure.get("id").asString() + "&province="
							+ province + "&from=2015&to=2020")
						.toString());
					bodies.add(read("/api/public/analytics/contributors?figure=" + figure.get("id").asString()
							+ "&year=" + year.asInt() + "&province=" + province + "&size=200")
						.toString());
				}
			}
		}
		assertThat(bodies).hasSizeGreaterThan(40).allSatisfy((body) -> {
			for (String hidden : UNPUBLISHED) {
				assertThat(body).doesNotContain(hidden);
			}
			assertThat(body).doesNotContain("7001").doesNotContain("8003");
		});
	}

	/**
	 * Liaoning's reports on 2018 as a first round reads them: 甲局 published (999), 乙局
	 * published (100), 丙局 published late (30) with an amendment accepted and not yet
	 * published (8003), a draft, a submission under review, a returned report and an
	 * accepted report never published (7001).
	 */
	private void liaoningAsFirstRead() throws Exception {
		apply(LIAONING, entry(1, "amended", "甲局", "2018", "published", 1, 999, 1, 999, true),
				entry(2, "plain", "乙局", "2018", "published", 1, 100, 1, 100, true),
				entry(3, "late", "丙局", "2018", "accepted", 2, 8003, 1, 30, false),
				entry(4, "draft", "起草中的局", "2018", "draft", null, null, null, null, null),
				entry(5, "submitted", "审核中的局", "2018", "submitted", null, null, null, null, true),
				entry(6, "returned", "退回的局", "2018", "returned", null, null, null, null, true),
				entry(7, "accepted", "待发布的局", "2018", "accepted", 1, 7001, null, null, true));
	}

	/**
	 * A legacy report's feed entry: its state, the figures of its latest accepted or
	 * published version and those of its last published version ({@code null}: none).
	 */
	private static String entry(long seq, String reportId, String agencyName, String year, String status,
			Integer figuresVersion, Integer received, Integer publishedVersion, Integer publishedReceived,
			Boolean onTime) {
		String figures = (figuresVersion != null) ? """
				"figuresVersion":%d,"figuresStatus":"accepted",
				"metrics":{"requests.received":{"value":%d,"qualifier":"exact"}},"cells":{},"""
			.formatted(figuresVersion, received) : "";
		String published = (publishedVersion != null) ? """
				"published":{"version":%d,"publishedAt":"2019-03-01T02:00:00Z",
				"metrics":{"requests.received":{"value":%d,"qualifier":"exact"}},"cells":{}},"""
			.formatted(publishedVersion, publishedReceived) : "";
		return """
				{"seq":%d,"reportId":"%s","agencyId":"agency-%s","agencyName":"%s","year":%s,
				"format":"legacy","scope":"own","agencyKind":"department","status":"%s",
				"deadline":"2019-03-31","onTime":%s,%s%s"changedAt":"2019-03-01T02:00:00Z"}""".formatted(seq, reportId,
				reportId, agencyName, year, status, onTime, figures, published);
	}

	/**
	 * A published legacy report on 2019 with the figures of the disclosure rate: granted,
	 * partly granted, answered.
	 */
	private static String disclosure(long seq, String reportId, String agencyName, String scope, int granted,
			int partial, int answered) {
		String metrics = """
				"metrics":{"requests.granted":{"value":%d},"requests.partial":{"value":%d},
				"requests.answered":{"value":%d}},"cells":{}""".formatted(granted, partial, answered);
		return """
				{"seq":%d,"reportId":"%s","agencyId":"agency-%s","agencyName":"%s","year":2019,
				"format":"legacy","scope":"%s","agencyKind":"department","status":"published",
				"deadline":"2020-01-31","onTime":true,"figuresVersion":1,"figuresStatus":"published",%s,
				"published":{"version":1,"publishedAt":"2020-01-10T02:00:00Z",%s},
				"changedAt":"2020-01-10T02:00:00Z"}""".formatted(seq, reportId, reportId, agencyName, scope, metrics,
				metrics);
	}

	private JsonNode awaitContributors(String path, int total) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		JsonNode answer = null;
		while (Instant.now().isBefore(until)) {
			answer = read(path);
			if (answer.get("total").asInt() == total) {
				return answer;
			}
			Thread.sleep(50);
		}
		return fail("%s did not list %d agencies: %s", path, total, answer);
	}

	private static List<String> names(JsonNode contributors) {
		List<String> names = new ArrayList<>();
		contributors.get("agencies").forEach((agency) -> names.add(agency.get("agencyName").asString()));
		return names;
	}

	private static List<Double> values(JsonNode contributors) {
		List<Double> values = new ArrayList<>();
		contributors.get("agencies").forEach((agency) -> values.add(agency.get("value").asDouble()));
		return values;
	}

	/**
	 * Reads the entries as report-service's feed writes them, applies them to the read
	 * model as a round does, and announces the province, as a round that changed it does.
	 */
	private void apply(String province, String... entries) throws Exception {
		List<FeedEntry> read = new ArrayList<>();
		for (String entry : entries) {
			read.add(this.json.readValue(entry, FeedEntry.class));
		}
		assertThat(this.updates.applyReports(province, read, Instant.now())).isPositive();
		this.publisher.publishEvent(new ProvinceSynced(province, Instant.now()));
	}

	private JsonNode awaitPublicValue(String province, int year, double value) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		JsonNode answer = null;
		while (Instant.now().isBefore(until)) {
			answer = read("/api/public/analytics/comparison?figure=requests.received&year=" + year);
			JsonNode row = province(answer, province);
			if (row != null && row.get("value").isNumber() && row.get("value").asDouble() == value) {
				return answer;
			}
			Thread.sleep(50);
		}
		return fail("The public value of %s in %d did not become %s: %s", province, year, value, answer);
	}

	private JsonNode read(String path) throws Exception {
		return this.json.readTree(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static JsonNode province(JsonNode comparison, String code) {
		return rowOf(comparison.get("provinces"), "code", code);
	}

	private static JsonNode rowOf(JsonNode rows, String field, String value) {
		for (JsonNode row : rows) {
			if (value.equals(row.get(field).asString())) {
				return row;
			}
		}
		return null;
	}

}
