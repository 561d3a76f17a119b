package io.gongkai.report.published;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongkai.report.SampleReports;
import io.gongkai.report.ReportServiceTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The published reports as anyone reads them, without signing in, beside reports of two
 * provinces in every other state: drafts, submitted, returned with comments, accepted,
 * and published reports with an amendment under way. Nothing but published content may be
 * reachable, by browsing or by guessing ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportsTest extends ReportServiceTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Written only where the public must never read it. */
	static final String SECRET = "内部未公开内容";

	static final String COMMENT = "请核对本年新收数量（审核意见）";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishedCatchUp catchUp;

	@Autowired
	com.mongodb.client.MongoClient client;

	/** Report id to what its state is, for every report of the test data. */
	final Map<String, String> states = new LinkedHashMap<>();

	String published440;

	String amended440;

	String amendmentUnderWay440;

	String published210;

	@BeforeAll
	void reportsInEveryState() throws Exception {
		for (String province : List.of("440000", "210000")) {
			String prefix = province.substring(0, 2) + "0100-";
			this.states.put(draft(province, prefix + "draft"), "draft");
			this.states.put(submitted(province, prefix + "submitted"), "submitted");
			String returned = submitted(province, prefix + "returned");
			action(coordinator(province), returned, "return",
					"{\"comments\":[{\"target\":\"cell\",\"ref\":\"t3.new_received.total\",\"text\":\"" + COMMENT
							+ "\"}]}");
			this.states.put(returned, "returned");
			String accepted = submitted(province, prefix + "accepted");
			action(coordinator(province), accepted, "accept", null);
			this.states.put(accepted, "accepted");
			String published = published(province, prefix + "published");
			this.states.put(published, "published");
			if (province.equals("440000")) {
				this.published440 = published;
				String reporter = tokens.reporter(province, prefix + "amended");
				this.amended440 = published(province, prefix + "amended");
				amend(reporter, this.amended440, "改进措施：每季度开展一次答复文书评查。更正：已补充网站链接。");
				submitAcceptPublish(province, reporter, this.amended440);
				this.states.put(this.amended440, "published");
				String underWay = tokens.reporter(province, prefix + "underway");
				this.amendmentUnderWay440 = published(province, prefix + "underway");
				amend(underWay, this.amendmentUnderWay440, "改进措施：" + SECRET);
				this.states.put(this.amendmentUnderWay440, "published");
			}
			else {
				this.published210 = published;
			}
		}
	}

	@Test
	void anyoneListsThePublishedReportsAndNoOther() throws Exception {
		JsonNode page = json(anonymous("/api/public/reports?size=200"), 200);
		Set<String> listed = ids(page.get("items"));
		assertThat(listed).containsExactlyInAnyOrderElementsOf(published());
		assertThat(page.get("total").asLong()).isEqualTo(published().size());
		JsonNode first = page.get("items").get(0);
		assertThat(first.get("agencyName").asString()).isEqualTo("某市人力资源和社会保障局");
		assertThat(json(anonymous("/api/public/reports?province=210000"), 200).get("items")
			.get(0)
			.get("provinceName")
			.asString()).isEqualTo("辽宁省");
	}

	@Test
	void theListIsFilteredByProvinceYearAndAgency() throws Exception {
		assertThat(ids(json(anonymous("/api/public/reports?province=210000"), 200).get("items")))
			.containsExactly(this.published210);
		assertThat(ids(json(anonymous("/api/public/reports?agency=440100-amended"), 200).get("items")))
			.containsExactly(this.amended440);
		assertThat(json(anonymous("/api/public/reports?year=2020"), 200).get("total").asLong()).isZero();
		assertThat(json(anonymous("/api/public/reports?year=2021&province=440000"), 200).get("total").asLong())
			.isEqualTo(3);
		JsonNode refused = json(anonymous("/api/public/reports?province=44"), 400);
		assertThat(refused.get("type").asString()).isEqualTo("https://gongkai.io/problems/invalid-province");
		assertThat(refused.get("title").asString()).isEqualTo("不是省级代码");
	}

	@Test
	void provincesAreNamedWithHowManyReportsTheyPublishedEachYear() throws Exception {
		JsonNode provinces = json(anonymous("/api/public/provinces"), 200);
		assertThat(provinces).hasSize(32);
		JsonNode guangdong = null;
		for (JsonNode province : provinces) {
			if (province.get("code").asString().equals("440000")) {
				guangdong = province;
			}
		}
		assertThat(guangdong.get("name").asString()).isEqualTo("广东省");
		assertThat(guangdong.get("reports").asInt()).isEqualTo(3);
		assertThat(guangdong.get("years").get("2021").asInt()).isEqualTo(3);
		assertThat(json(anonymous("/api/public/years"), 200).toString()).isEqualTo("[2021]");
	}

	@Test
	void anAmendedReportShowsItsLastPublishedVersionAndSaysWhenItWasAmended() throws Exception {
		JsonNode report = json(anonymous("/api/public/reports/" + this.amended440), 200);
		assertThat(report.get("report").get("amended").asBoolean()).isTrue();
		assertThat(report.get("report").get("version").asInt()).isEqualTo(2);
		assertThat(report.get("report").get("amendedAt").isNull()).isFalse();
		assertThat(report.get("sections").get("s5").asString()).contains("更正：已补充网站链接");
		String html = anonymous("/api/public/reports/" + this.amended440 + "/document")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("p.notice").text()).contains("首次发布").contains("更正").contains("第2版");
	}

	@Test
	void anAmendmentUnderWayIsNotShownTheLastPublishedVersionIs() throws Exception {
		JsonNode report = json(anonymous("/api/public/reports/" + this.amendmentUnderWay440), 200);
		assertThat(report.get("report").get("amended").asBoolean()).isFalse();
		assertThat(report.get("report").get("version").asInt()).isEqualTo(1);
		assertThat(report.toString()).doesNotContain(SECRET);
	}

	@Test
	void aReportIsDownloadedAsWordAndInTheExchangeFormatWithOnlyItsPublishedVersion() throws Exception {
		MockHttpServletResponse word = anonymous("/api/public/reports/" + this.published440 + "/document?format=docx");
		assertThat(word.getStatus()).isEqualTo(200);
		assertThat(word.getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(word.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains(".docx");
		JsonNode exchange = json(anonymous("/api/public/reports/" + this.amended440 + "/export"), 200);
		assertThat(exchange.get("schemaVersion").asString()).isEqualTo("gongkai.report/v1");
		assertThat(exchange.get("status").asString()).isEqualTo("published");
		assertThat(exchange.get("version").asInt()).isEqualTo(2);
		assertThat(exchange.get("versions")).hasSize(1);
		assertThat(exchange.get("provinceCode").asString()).isEqualTo("440000");
	}

	@Test
	void answersCarryAnEntityTagAndAConditionalRequestAnswers304() throws Exception {
		for (String path : List.of("/api/public/reports/" + this.published440,
				"/api/public/reports/" + this.published440 + "/document",
				"/api/public/reports/" + this.published440 + "/document?format=docx",
				"/api/public/reports/" + this.published440 + "/export", "/api/public/reports?province=440000",
				"/api/public/provinces")) {
			MockHttpServletResponse first = anonymous(path);
			assertThat(first.getStatus()).as(path).isEqualTo(200);
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(path).isNotBlank();
			assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).contains("public").contains("max-age=60");
			MockHttpServletResponse again = this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse();
			assertThat(again.getStatus()).as(path).isEqualTo(304);
			assertThat(again.getContentAsByteArray()).as(path).isEmpty();
		}
	}

	@Test
	void anAmendmentPublishedChangesTheEntityTag() throws Exception {
		String path = "/api/public/reports/" + this.amended440;
		MockHttpServletResponse amended = anonymous(path);
		String published = anonymous("/api/public/reports/" + this.published440).getHeader(HttpHeaders.ETAG);
		assertThat(amended.getHeader(HttpHeaders.ETAG)).isNotEqualTo(published).contains("-v2-");
	}

	@Test
	void everyReportNotPublishedIsNotFoundWhateverIsAskedOfIt() throws Exception {
		for (Map.Entry<String, String> report : this.states.entrySet()) {
			if (report.getValue().equals("published")) {
				continue;
			}
			for (String suffix : List.of("", "/document", "/document?format=docx", "/export")) {
				String path = "/api/public/reports/" + report.getKey() + suffix;
				MockHttpServletResponse answer = anonymous(path);
				assertThat(answer.getStatus()).as(report.getValue() + " " + path).isEqualTo(404);
				JsonNode problem = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
				assertThat(problem.get("type").asString())
					.isEqualTo("https://gongkai.io/problems/published-report-not-found");
				assertThat(problem.get("title").asString()).isEqualTo("未找到已发布的报告");
			}
		}
		assertThat(anonymous("/api/public/reports/not-a-report").getStatus()).isEqualTo(404);
	}

	@Test
	void nothingButPublishedContentIsReachableByCrawlingEveryPublicAnswer() throws Exception {
		Deque<String> toVisit = new ArrayDeque<>(List.of("/api/public/provinces", "/api/public/years",
				"/api/public/reports?size=200", "/api/public/reports?q=人力", "/api/public/glossary", "/api/public/bulk",
				"/api/public/builder?figure=requests.received,rate.disclosure&size=200",
				"/api/public/builder?by=province&figure=requests.received,requests.denied"));
		for (String code : List.of("110000", "210000", "440000", "650000", "660000")) {
			toVisit.add("/api/public/reports?province=" + code);
		}
		Set<String> visited = new HashSet<>();
		Set<String> reportsSeen = new HashSet<>();
		List<String> forbidden = List.of(SECRET, COMMENT, "reporter-", "coordinator-", "explanations", "comments",
				"submittedBy", "decidedBy", "createdBy", "audit");
		while (!toVisit.isEmpty()) {
			String path = toVisit.poll();
			if (!visited.add(path)) {
				continue;
			}
			MockHttpServletResponse answer = anonymous(path);
			assertThat(answer.getStatus()).as(path).isEqualTo(200);
			if (!answer.getContentType().contains("json") && !answer.getContentType().contains("html")
					&& !answer.getContentType().contains("csv")) {
				continue;
			}
			String body = answer.getContentAsString(StandardCharsets.UTF_8);
			for (String secret : forbidden) {
				assertThat(body).as(path).doesNotContain(secret);
			}
			for (Map.Entry<String, String> report : this.states.entrySet()) {
				if (!report.getValue().equals("published")) {
					assertThat(body).as(path).doesNotContain(report.getKey());
				}
			}
			if (path.contains("/reports?") && answer.getContentType().contains("json")) {
				for (JsonNode item : JSON.readTree(body).get("items")) {
					reportsSeen.add(item.get("id").asString());
					item.get("links").forEach((link) -> toVisit.add(link.asString()));
				}
			}
			if (path.startsWith("/api/public/builder?") && answer.getContentType().contains("json")) {
				JsonNode table = JSON.readTree(body);
				table.get("downloads").forEach((link) -> toVisit.add(link.asString()));
				table.get("rows").forEach((row) -> {
					if (row.hasNonNull("report")) {
						reportsSeen.add(row.get("report").asString().replace(PublicReportController.REPORTS + "/", ""));
						toVisit.add(row.get("report").asString());
					}
				});
			}
			if (path.equals("/api/public/bulk")) {
				JSON.readTree(body).get("years").forEach((year) -> {
					toVisit.add(year.get("figures").asString());
					toVisit.add(year.get("archive").asString());
				});
			}
		}
		assertThat(reportsSeen).containsExactlyInAnyOrderElementsOf(published());
	}

	@Test
	void theGlossarySaysWhatEachFigureCountsItsUnitAndWhereEachVersionStatesIt() throws Exception {
		JsonNode entries = json(anonymous("/api/public/glossary"), 200);
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		entries.forEach((entry) -> byId.put(entry.get("id").asString(), entry));
		JsonNode received = byId.get("requests.received");
		assertThat(received.get("name").asString()).isEqualTo("收到政府信息公开申请数");
		assertThat(received.get("unit").asString()).isEqualTo("件");
		assertThat(received.get("counts").asString()).contains("申请");
		assertThat(received.get("link").asString()).isEqualTo("/public/glossary.html#requests.received");
		Map<String, String> sources = new LinkedHashMap<>();
		received.get("sources")
			.forEach((source) -> sources.put(source.get("format").asString(), source.get("source").asString()));
		assertThat(sources.get("legacy")).contains("“收到政府信息公开申请”");
		assertThat(sources.get("template2019")).startsWith("表三「本年新收政府信息公开申请数量」");
		assertThat(sources.get("template2021")).startsWith("表三「本年新收政府信息公开申请数量」");
		JsonNode denied = byId.get("requests.denied");
		assertThat(denied.get("comparability").asString()).isEqualTo("not_comparable");
		assertThat(denied.get("note").asString()).contains("无法提供");
		assertThat(denied.get("sources").get(2).get("source").asString()).contains("属于国家秘密").contains("（相加）");
		JsonNode visits = byId.get("website.visits");
		assertThat(visits.get("comparable").asString()).isEqualTo("仅旧版报告（2008—2018年度）载明");
		assertThat(visits.get("sources").get(2).get("stated").asBoolean()).isFalse();
		JsonNode rate = byId.get("rate.disclosure");
		assertThat(rate.get("kind").asString()).isEqualTo("rate");
		assertThat(rate.get("unit").asString()).isEqualTo("%");
		assertThat(rate.get("sources").get(2).get("source").asString()).contains("同意公开的申请数").contains("÷");
		JsonNode english = JSON.readTree(this.mvc
			.perform(get("/api/public/glossary/requests.received").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(english.get("name").asString()).isEqualTo("Disclosure requests received");
		JsonNode unknown = json(anonymous("/api/public/glossary/requests.invented"), 404);
		assertThat(unknown.get("title").asString()).isEqualTo("术语表中没有此项");
	}

	@Test
	void theGlossaryExplainsTheFiguresAndRatesOnlyTheTemplateStatesAfterTheLegacyCatalogue() throws Exception {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		json(anonymous("/api/public/glossary"), 200).forEach((entry) -> byId.put(entry.get("id").asString(), entry));
		List<String> ids = List.copyOf(byId.keySet());
		assertThat(ids.indexOf("requests.carried_over")).as("after the legacy catalogue, before the rates")
			.isGreaterThan(ids.indexOf("website.visits"))
			.isLessThan(ids.indexOf("rate.disclosure"));

		JsonNode carriedOver = byId.get("requests.carried_over");
		assertThat(carriedOver.get("kind").asString()).isEqualTo("figure");
		assertThat(carriedOver.get("name").asString()).isEqualTo("上年结转政府信息公开申请数");
		assertThat(carriedOver.get("counts").asString()).contains("上一年度");
		assertThat(carriedOver.get("comparability").asString()).isEqualTo("template_only");
		assertThat(carriedOver.get("comparable").asString()).isEqualTo("仅模板报告（2019年度起）载明");
		Map<String, JsonNode> sources = sources(carriedOver);
		assertThat(sources.get("legacy").get("source").asString()).isEqualTo("旧版报告不载明此项");
		assertThat(sources.get("legacy").get("stated").asBoolean()).isFalse();
		assertThat(sources.get("template2019").get("source").asString()).startsWith("表三「上年结转政府信息公开申请数量」");
		assertThat(sources.get("template2021").get("stated").asBoolean()).isTrue();

		Map<String, JsonNode> rules = sources(byId.get("proactive.rules_made"));
		assertThat(rules.get("template2019").get("source").asString()).contains("本年新制作数量");
		assertThat(rules.get("template2021").get("source").asString()).startsWith("表二").contains("本年制发件数");
		Map<String, JsonNode> fees = sources(byId.get("proactive.fees_10k_yuan"));
		assertThat(fees.get("template2019").get("source").asString()).as("the 2019 table has no such cell")
			.isEqualTo("该版本的表格不载明此项");
		assertThat(fees.get("template2019").get("stated").asBoolean()).isFalse();
		assertThat(fees.get("template2021").get("stated").asBoolean()).isTrue();
		assertThat(byId.get("proactive.fees_10k_yuan").get("unit").asString()).isEqualTo("万元");
		assertThat(byId.get("requests.denied.third_party").get("sources").get(2).get("source").asString())
			.contains("保护第三方合法权益");

		JsonNode backlog = byId.get("rate.backlog");
		assertThat(backlog.get("kind").asString()).isEqualTo("rate");
		assertThat(backlog.get("denominator")).extracting(JsonNode::asString)
			.containsExactly("requests.received", "requests.carried_over");
		Map<String, JsonNode> backlogSources = sources(backlog);
		assertThat(backlogSources.get("legacy").get("stated").asBoolean()).as("a part legacy reports do not state")
			.isFalse();
		assertThat(backlogSources.get("legacy").get("source").asString()).startsWith("无法计算");
		assertThat(backlogSources.get("template2021").get("source").asString()).contains("结转下年度继续办理的申请数")
			.contains("上年结转政府信息公开申请数")
			.contains("÷");
		assertThat(byId.get("rate.denied.process_info").get("denominator").get(0).asString())
			.isEqualTo("requests.denied");

		JsonNode english = json(this.mvc
			.perform(get("/api/public/glossary/requests.carried_over").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse(), 200);
		assertThat(english.get("name").asString()).isEqualTo("Requests carried over from last year");
		assertThat(english.get("comparable").asString()).isEqualTo("Stated by template reports only (2019 on)");
		assertThat(sources(english).get("legacy").get("source").asString()).isEqualTo("Not stated by legacy reports");
		assertThat(sources(english).get("template2021").get("source").asString()).startsWith("T3");
	}

	@Test
	void theBuilderAndTheYearsFiguresCsvGiveTheFiguresOnlyTheTemplateStates() throws Exception {
		JsonNode table = json(anonymous(
				"/api/public/builder?figure=requests.carried_over,requests.unable,review.closed,rate.backlog&year=2021&size=200"),
				200);
		assertThat(table.get("rows")).isNotEmpty();
		for (JsonNode row : table.get("rows")) {
			JsonNode values = row.get("values");
			assertThat(values.get("requests.carried_over").get("value").asLong()).isEqualTo(3);
			assertThat(values.get("requests.unable").get("value").asLong()).as("the three rows of 无法提供 summed")
				.isEqualTo(10);
			assertThat(values.get("review.closed").get("value").asLong()).as("maintained, corrected, other")
				.isEqualTo(3);
			assertThat(values.get("rate.backlog").get("value").asDouble()).as("3 ÷ (51 + 3)").isEqualTo(5.6);
		}
		JsonNode byProvince = json(
				anonymous("/api/public/builder?by=province&province=440000&figure=requests.carried_forward&year=2021"),
				200);
		JsonNode province = byProvince.get("rows").get(0);
		assertThat(province.get("values").get("requests.carried_forward").get("value").asLong())
			.isEqualTo(3L * province.get("reports").asLong());

		JsonNode filtered = json(anonymous(
				"/api/public/builder?figure=proactive.fees_10k_yuan&filter=proactive.fees_10k_yuan=0&year=2021&size=200"),
				200);
		assertThat(filtered.get("total").asInt()).as("a figure whose id has digits is filtered on")
			.isEqualTo(table.get("total").asInt());
		assertThat(filtered.get("link").asString()).contains("filter=proactive.fees_10k_yuan");

		List<String> lines = anonymous("/api/public/bulk/2021/figures.csv").getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		assertThat(lines).anyMatch((line) -> line.contains(",requests.unable,无法提供的申请数,件,10,确数,表三「"));
		assertThat(lines).anyMatch((line) -> line.contains(",proactive.licensing_decisions,行政许可处理决定数,件,13250,确数,表二「"));
	}

	@Test
	void theGlossaryExplainsTheRequestsPerTenThousandInhabitantsInBothLanguages() throws Exception {
		List<String> ids = new ArrayList<>();
		json(anonymous("/api/public/glossary"), 200).forEach((entry) -> ids.add(entry.get("id").asString()));
		assertThat(ids).as("listed after the rates").endsWith("rate.requests_per_10k");
		JsonNode perCapita = json(anonymous("/api/public/glossary/rate.requests_per_10k"), 200);
		assertThat(perCapita.get("kind").asString()).isEqualTo("per-capita");
		assertThat(perCapita.get("name").asString()).isEqualTo("每万人政府信息公开申请数");
		assertThat(perCapita.get("unit").asString()).isEqualTo("件/万人");
		assertThat(perCapita.get("counts").asString()).contains("常住人口").contains("10000");
		assertThat(perCapita.get("numerator").get(0).asString()).isEqualTo("requests.received");
		assertThat(perCapita.get("population").asString()).contains("第七次全国人口普查").contains("2020年");
		assertThat(perCapita.get("comparability").asString()).isEqualTo("comparable");
		assertThat(perCapita.get("note").asString()).startsWith("仅按省份比较");
		Map<String, String> sources = new LinkedHashMap<>();
		perCapita.get("sources").forEach((source) -> {
			assertThat(source.get("stated").asBoolean()).as(source.get("format").asString()).isTrue();
			sources.put(source.get("format").asString(), source.get("source").asString());
		});
		assertThat(sources.get("legacy")).contains("“收到政府信息公开申请”").endsWith("÷ 该省常住人口 × 10000");
		assertThat(sources.get("template2019")).contains("表三「本年新收政府信息公开申请数量」").contains("常住人口");
		assertThat(sources.get("template2021")).contains("表三「本年新收政府信息公开申请数量」").contains("常住人口");
		JsonNode received = json(anonymous("/api/public/glossary/requests.received"), 200);
		assertThat(received.has("population")).as("only a figure per capita names a population").isFalse();

		JsonNode english = JSON.readTree(this.mvc
			.perform(get("/api/public/glossary/rate.requests_per_10k").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(english.get("name").asString()).isEqualTo("Requests received per 10,000 inhabitants");
		assertThat(english.get("population").asString()).contains("Seventh National Population Census");
		assertThat(english.get("note").asString()).startsWith("Compared by province only");
		assertThat(english.get("sources").get(2).get("source").asString()).contains("T3「本年新收政府信息公开申请数量」")
			.endsWith("÷ the province's resident population × 10,000");
		assertThat(english.get("comparable").asString()).isEqualTo("Comparable across versions");
	}

	@Test
	void theBuilderLeavesAFigurePerCapitaToTheNationalFiguresPage() throws Exception {
		JsonNode problem = json(
				anonymous("/api/public/builder?by=province&figure=requests.received,rate.requests_per_10k"), 400);
		assertThat(problem.get("type").asString()).endsWith("figure-by-province-only");
		assertThat(problem.get("title").asString()).isEqualTo("只能按省份查看的指标");
		assertThat(problem.get("detail").asString()).contains("每万人政府信息公开申请数")
			.contains("/public/figures.html?figure=rate.requests_per_10k")
			.contains("收到政府信息公开申请数");
	}

	@Test
	void theBuilderTabulatesAgenciesFiguresAndYearsOfPublishedReportsOnly() throws Exception {
		JsonNode table = json(
				anonymous("/api/public/builder?figure=requests.received,rate.disclosure&year=2021&size=200"), 200);
		assertThat(table.get("total").asLong()).isEqualTo(published().size());
		Set<String> reports = new HashSet<>();
		for (JsonNode row : table.get("rows")) {
			reports.add(row.get("report").asString().replace("/api/public/reports/", ""));
			assertThat(row.get("values").get("requests.received").get("value").asLong()).isEqualTo(51);
			assertThat(row.get("values").get("requests.received").get("source").asString()).startsWith("表三");
			assertThat(row.get("values").get("rate.disclosure").get("value").asDouble()).isEqualTo(56.9);
			assertThat(row.get("level").asString()).isEqualTo("市级");
		}
		assertThat(reports).containsExactlyInAnyOrderElementsOf(published());
		assertThat(table.get("columns").get(0).get("header").asString()).isEqualTo("收到政府信息公开申请数（件）");
		assertThat(table.get("columns").get(0).get("glossary").asString()).endsWith("#requests.received");
		JsonNode inEnglish = json(this.mvc
			.perform(get("/api/public/builder?figure=requests.received&year=2021&size=1")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse(), 200);
		assertThat(inEnglish.get("rows").get(0).get("level").asString()).isEqualTo("Prefecture");
		assertThat(inEnglish.get("columns").get(0).get("name").asString()).isEqualTo("Disclosure requests received");
		JsonNode page = json(anonymous("/api/public/builder?figure=requests.received&size=2&page=1"), 200);
		assertThat(page.get("rows")).hasSize(2);
		assertThat(page.get("total").asLong()).isEqualTo(published().size());
	}

	@Test
	void theBuilderSumsAProvincesPublishedAgenciesAndFiltersByValue() throws Exception {
		JsonNode table = json(anonymous("/api/public/builder?by=province&figure=requests.received,rate.disclosure"),
				200);
		Map<String, JsonNode> byProvince = new LinkedHashMap<>();
		table.get("rows").forEach((row) -> byProvince.put(row.get("provinceName").asString(), row));
		assertThat(byProvince).containsOnlyKeys("广东省", "辽宁省");
		long in440 = json(anonymous("/api/public/reports?province=440000"), 200).get("total").asLong();
		long in210 = json(anonymous("/api/public/reports?province=210000"), 200).get("total").asLong();
		assertThat(in440).isGreaterThan(in210);
		assertThat(byProvince.get("广东省").get("reports").asLong()).isEqualTo(in440);
		assertThat(byProvince.get("广东省").get("values").get("requests.received").get("value").asLong())
			.isEqualTo(51 * in440);
		assertThat(byProvince.get("辽宁省").get("values").get("requests.received").get("value").asLong())
			.isEqualTo(51 * in210);
		assertThat(byProvince.get("广东省").get("values").get("rate.disclosure").get("value").asDouble()).isEqualTo(56.9);
		JsonNode filtered = json(anonymous(
				"/api/public/builder?by=province&figure=requests.received&filter=requests.received>=" + (51 * in440)),
				200);
		assertThat(filtered.get("rows")).hasSize(1);
		assertThat(filtered.get("rows").get(0).get("provinceName").asString()).isEqualTo("广东省");
		JsonNode below = json(anonymous(
				"/api/public/builder?by=province&figure=requests.received&filter=requests.received<" + (51 * in440)),
				200);
		assertThat(below.get("rows")).hasSize(1);
		assertThat(below.get("rows").get(0).get("provinceName").asString()).isEqualTo("辽宁省");
		String link = filtered.get("link").asString();
		assertThat(link).startsWith("/public/builder.html?by=province&figure=requests.received");
		JsonNode again = json(anonymous("/api/public/builder?" + link.substring(link.indexOf('?') + 1)), 200);
		assertThat(again.get("rows")).isEqualTo(filtered.get("rows"));
	}

	@Test
	void theBuilderDownloadsAsCsvAndExcelWithChineseHeadersAndUnits() throws Exception {
		MockHttpServletResponse csv = anonymous(
				"/api/public/builder?figure=requests.received,rate.disclosure&format=csv");
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
			.contains("filename*=UTF-8''" + java.net.URLEncoder.encode("已发布报告各机构数据", StandardCharsets.UTF_8));
		assertThat(this.mvc
			.perform(get("/api/public/builder?figure=requests.received&format=csv").header(HttpHeaders.ACCEPT_LANGUAGE,
					"en"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CONTENT_DISPOSITION)).as("the file named in English for an English reader")
			.contains("filename*=UTF-8''published-reports-by-agency.csv");
		List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF省份,机构,层级,年度,收到政府信息公开申请数（件）,公开率（%）,说明");
		assertThat(lines).hasSize(published().size() + 1);
		assertThat(lines.get(1)).contains(",51,56.9,");
		MockHttpServletResponse xlsx = anonymous(
				"/api/public/builder?by=province&figure=requests.received&format=xlsx");
		assertThat(xlsx.getStatus()).isEqualTo(200);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("收到政府信息公开申请数（件）");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void theBuilderRefusesWhatItCannotAnswerWithAProblemInChinese() throws Exception {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put("figure=requests.received&filter=requests.received>>1", "筛选条件无法理解");
		titles.put("figure=requests.received&filter=review.total>1", "筛选条件无法理解");
		titles.put("figure=requests.received&filter=requests.received>-1", "筛选条件无法理解");
		titles.put("figure=requests.invented", "没有这项指标");
		titles.put("", "没有这项指标");
		titles.put("figure=requests.received&by=city", "无法按此分组");
		titles.put("figure=requests.received&format=pdf", "不支持的下载格式");
		titles.put("figure=requests.received&province=4400", "不是省级代码");
		List<String> many = new ArrayList<>();
		JSON.readTree(anonymous("/api/public/glossary").getContentAsString(StandardCharsets.UTF_8))
			.forEach((entry) -> many.add(entry.get("id").asString()));
		titles.put("figure=" + String.join(",", many), "没有这项指标");
		for (Map.Entry<String, String> bad : titles.entrySet()) {
			JsonNode problem = json(anonymous("/api/public/builder?" + bad.getKey()), 400);
			assertThat(problem.get("title").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
			assertThat(problem.get("detail").asString()).as(bad.getKey()).doesNotContainPattern("[A-Z][a-z]+Exception");
		}
	}

	@Test
	void eachYearHasAnArchiveAndAFiguresCsvOfItsPublishedReportsUnderALicence() throws Exception {
		JsonNode index = json(anonymous("/api/public/bulk"), 200);
		assertThat(index.get("licence").get("id").asString()).isEqualTo("CC-BY-4.0");
		assertThat(index.get("licence").get("name").asString()).isEqualTo("知识共享署名 4.0 国际许可协议");
		assertThat(index.get("dictionary").get(0).get("column").asString()).isEqualTo("报告编号");
		assertThat(index.get("dictionary").get(0).get("meaning").asString()).startsWith("已发布报告");
		JsonNode inEnglish = json(this.mvc.perform(get("/api/public/bulk").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse(), 200);
		assertThat(inEnglish.get("licence").get("name").asString())
			.isEqualTo("Creative Commons Attribution 4.0 International");
		assertThat(inEnglish.get("licence").get("text").asString()).doesNotContain("知识共享").contains("any purpose");
		assertThat(inEnglish.get("licence").get("url").asString()).endsWith("legalcode.en");
		assertThat(inEnglish.get("dictionary").get(0).get("column").asString()).as("the CSV's own header")
			.isEqualTo("报告编号");
		assertThat(inEnglish.get("dictionary").get(0).get("meaning").asString()).startsWith("Report id");
		assertThat(index.get("years").get(0).get("year").asInt()).isEqualTo(2021);
		assertThat(index.get("years").get(0).get("reports").asInt()).isEqualTo(published().size());
		MockHttpServletResponse csv = anonymous("/api/public/bulk/2021/figures.csv");
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("filename*=UTF-8''" + java.net.URLEncoder.encode("2021年已发布报告指标数据", StandardCharsets.UTF_8));
		assertThat(this.mvc.perform(get("/api/public/bulk/2021/reports.zip").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''published-reports-2021.zip");
		List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFF报告编号,省份,机构,机构编号,层级,类别,年度,报告格式,指标编号,指标,单位,数值,精确程度,出处");
		Set<String> inCsv = new HashSet<>();
		lines.stream().skip(1).forEach((line) -> inCsv.add(line.substring(0, line.indexOf(','))));
		assertThat(inCsv).containsExactlyInAnyOrderElementsOf(published());
		assertThat(lines)
			.anyMatch((line) -> line.contains(",requests.received,收到政府信息公开申请数,件,51,确数,表三「本年新收政府信息公开申请数量」"));
		Set<String> inZip = new HashSet<>();
		String readme = null;
		String readmeInEnglish = null;
		try (var zip = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(
						anonymous("/api/public/bulk/2021/reports.zip").getContentAsByteArray()),
				StandardCharsets.UTF_8)) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				if (entry.getName().equals("说明.txt")) {
					readme = text;
					continue;
				}
				if (entry.getName().equals("README.txt")) {
					readmeInEnglish = text;
					continue;
				}
				assertThat(text).doesNotContain(SECRET).doesNotContain(COMMENT);
				inZip.add(JSON.readTree(text).get("id").asString());
			}
		}
		assertThat(readme).contains("许可协议：知识共享署名 4.0 国际许可协议").contains("数据字典");
		assertThat(readmeInEnglish).contains("Licence: Creative Commons Attribution 4.0 International")
			.contains("Data dictionary")
			.doesNotContain("许可协议");
		assertThat(inZip).containsExactlyInAnyOrderElementsOf(published());
		assertThat(json(anonymous("/api/public/bulk/1999/figures.csv"), 404).get("title").asString())
			.isEqualTo("该年度没有已发布的报告");
	}

	@Test
	void aYearsDownloadsAreBuiltAgainWhenAReportOfTheYearIsPublished() throws Exception {
		MockHttpServletResponse before = anonymous("/api/public/bulk/2021/figures.csv");
		String tag = before.getHeader(HttpHeaders.ETAG);
		assertThat(tag).isNotBlank();
		assertThat(this.mvc.perform(get("/api/public/bulk/2021/figures.csv").header(HttpHeaders.IF_NONE_MATCH, tag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		String late = published("210000", "210200-late");
		this.states.put(late, "published");
		MockHttpServletResponse after = anonymous("/api/public/bulk/2021/figures.csv");
		assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(tag);
		assertThat(after.getContentAsString(StandardCharsets.UTF_8)).contains(late);
		assertThat(before.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(late);
	}

	@Test
	void aSearchByAgencyNameFindsThePublishedReportsEvenWhenTheRegistryCannotAnswer() throws Exception {
		JsonNode page = json(anonymous("/api/public/reports?q=人力资源&province=440000"), 200);
		assertThat(page.get("search").asString()).isEqualTo("name");
		assertThat(ids(page.get("items"))).containsExactlyInAnyOrder(this.published440, this.amended440,
				this.amendmentUnderWay440);
		assertThat(json(anonymous("/api/public/reports?q=不存在的机关"), 200).get("total").asLong()).isZero();
	}

	@Test
	void aPublishedReportMissingFromThePublicSideIsBroughtBackFromTheFeed() throws Exception {
		var published = this.client.getDatabase(PublishedReports.DATABASE).getCollection("published_reports");
		var cursors = this.client.getDatabase(PublishedReports.DATABASE).getCollection("published_cursors");
		published.deleteOne(new org.bson.Document("_id", this.published210));
		cursors.deleteOne(new org.bson.Document("_id", "210000"));
		assertThat(anonymous("/api/public/reports/" + this.published210).getStatus()).isEqualTo(404);
		this.catchUp.catchUp("210000");
		assertThat(anonymous("/api/public/reports/" + this.published210).getStatus()).isEqualTo(200);
		assertThat(json(anonymous("/api/public/reports?province=210000"), 200).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aTokenIsNeitherNeededNorAnExcuseToReadMore() throws Exception {
		MockHttpServletResponse withToken = this.mvc
			.perform(get("/api/public/reports?size=200").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + coordinator("440000")))
			.andReturn()
			.getResponse();
		assertThat(ids(JSON.readTree(withToken.getContentAsString(StandardCharsets.UTF_8)).get("items")))
			.containsExactlyInAnyOrderElementsOf(published());
		assertThat(this.mvc.perform(post("/api/public/reports")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void theOpenApiDescriptionListsEveryPublicRequest() throws Exception {
		JsonNode paths = json(anonymous("/v3/api-docs"), 200).get("paths");
		for (String path : List.of("/api/public/reports", "/api/public/reports/{id}",
				"/api/public/reports/{id}/document", "/api/public/reports/{id}/export", "/api/public/provinces",
				"/api/public/years", "/api/public/glossary", "/api/public/glossary/{id}", "/api/public/builder",
				"/api/public/bulk", "/api/public/bulk/{year}/figures.csv", "/api/public/bulk/{year}/reports.zip")) {
			assertThat(paths.has(path)).as(path).isTrue();
			assertThat(paths.get(path).get("get").get("tags").toString()).as(path).contains("public");
		}
	}

	private Set<String> published() {
		Set<String> ids = new HashSet<>();
		this.states.forEach((id, state) -> {
			if (state.equals("published")) {
				ids.add(id);
			}
		});
		return ids;
	}

	private static Map<String, JsonNode> sources(JsonNode entry) {
		Map<String, JsonNode> sources = new LinkedHashMap<>();
		entry.get("sources").forEach((source) -> sources.put(source.get("format").asString(), source));
		return sources;
	}

	private static Set<String> ids(JsonNode items) {
		Set<String> ids = new HashSet<>();
		items.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	/** A path as written, or as an answer links it (already encoded). */
	private MockHttpServletResponse anonymous(String path) throws Exception {
		return this.mvc.perform(path.contains("%") ? get(java.net.URI.create(path)) : get(path))
			.andReturn()
			.getResponse();
	}

	private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(status);
		return JSON.readTree(body);
	}

	private static String coordinator(String province) {
		return tokens.coordinator(province);
	}

	private String draft(String province, String agency) throws Exception {
		ObjectNode body = complete2021();
		ObjectNode sections = (ObjectNode) body.get("sections");
		sections.put("s5", sections.get("s5").asString() + SECRET);
		MockHttpServletResponse created = this.mvc
			.perform(authorized(post("/api/reports"), tokens.reporter(province, agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.toString()))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return JSON.readTree(created.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
	}

	private String submitted(String province, String agency) throws Exception {
		String id = draft(province, agency);
		action(tokens.reporter(province, agency), id, "submit", null);
		return id;
	}

	private String published(String province, String agency) throws Exception {
		String reporter = tokens.reporter(province, agency);
		String id = draft(province, agency);
		ObjectNode update = complete2021();
		update.remove("year");
		update.remove("format");
		update.remove("kind");
		update(reporter, id, update);
		submitAcceptPublish(province, reporter, id);
		return id;
	}

	private void submitAcceptPublish(String province, String reporter, String id) throws Exception {
		action(reporter, id, "submit", null);
		action(coordinator(province), id, "accept", null);
		action(coordinator(province), id, "publish", null);
	}

	private void amend(String reporter, String id, String s5) throws Exception {
		action(reporter, id, "amendments", null);
		ObjectNode update = complete2021();
		update.remove("year");
		update.remove("format");
		update.remove("kind");
		((ObjectNode) update.get("sections")).put("s5", s5);
		update(reporter, id, update);
	}

	private void update(String reporter, String id, ObjectNode body) throws Exception {
		String etag = this.mvc.perform(authorized(get("/api/reports/" + id), reporter))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		MockHttpServletResponse updated = this.mvc
			.perform(authorized(put("/api/reports/" + id), reporter).header(HttpHeaders.IF_MATCH, etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.toString()))
			.andReturn()
			.getResponse();
		assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(200);
	}

	private void action(String token, String id, String action, String body) throws Exception {
		MockHttpServletRequestBuilder request = authorized(post("/api/reports/" + id + "/" + action), token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MockHttpServletResponse answer = this.mvc.perform(request).andReturn().getResponse();
		assertThat(answer.getStatus()).as(action + ": " + answer.getContentAsString()).isBetween(200, 201);
	}

	private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private static ObjectNode complete2021() throws Exception {
		return SampleReports.complete2021("department");
	}

}
