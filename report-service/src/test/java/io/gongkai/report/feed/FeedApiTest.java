package io.gongkai.report.feed;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report feed as analytics-service reads it: every lifecycle change made through the
 * report API, numbered per province, with the figures of accepted and published versions
 * only; paging; who may read it. Changes are served at once (settle time 0 s).
 */
@SpringBootTest(properties = "gongkai.feed.settle-time=0s")
@Import(MovableClock.Configuration.class)
class FeedApiTest extends ReportServiceTest {

	static int provinces;

	final String service = tokens.service();

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	FeedClient api;

	String province;

	/** Each test in a province of its own, whose feed starts empty. */
	@BeforeEach
	void aFreshProvince() throws Exception {
		this.province = nextProvince();
		this.api = new FeedClient(this.mvc).warmedUp(this.service);
	}

	@Test
	void everyLifecycleChangeTakesTheNextNumberWithFiguresOnlyFromAcceptedOrPublishedVersions() throws Exception {
		String reporter = reporter("a");
		String coordinator = tokens.coordinator(this.province);
		String id = this.api.create(reporter, FeedClient.complete2021());

		JsonNode created = onlyChangeAfter(0);
		assertThat(created.get("seq").asLong()).isEqualTo(1);
		assertThat(created.get("reportId").asString()).isEqualTo(id);
		assertThat(created.get("agencyId").asString()).isEqualTo(this.province.substring(0, 2) + "0100-a");
		assertThat(created.get("agencyName").asString()).isEqualTo("某市人力资源和社会保障局");
		assertThat(created.get("year").asInt()).isEqualTo(2021);
		assertThat(created.get("format").asString()).isEqualTo("template2021");
		assertThat(created.get("scope").asString()).isEqualTo("own");
		assertThat(created.get("agencyKind").asString()).isEqualTo("department");
		assertThat(created.get("status").asString()).isEqualTo("draft");
		assertThat(created.get("deadline").asString()).isEqualTo("2022-01-31");
		assertThat(created.get("firstSubmittedOn").isNull()).isTrue();
		assertThat(created.get("onTime").isNull()).isTrue();
		assertThat(created.get("changedAt").asString()).isEqualTo("2022-02-10T02:00:00Z");
		assertThat(created.has("figuresVersion")).isFalse();
		assertThat(created.has("figuresStatus")).isFalse();
		assertThat(created.has("cells")).isFalse();
		assertThat(created.has("metrics")).isFalse();
		assertThat(created.has("published")).isFalse();

		this.api.act(reporter, id, "submit", null);
		JsonNode submitted = onlyChangeAfter(1);
		assertThat(submitted.get("seq").asLong()).isEqualTo(2);
		assertThat(submitted.get("status").asString()).isEqualTo("submitted");
		assertThat(submitted.get("firstSubmittedOn").asString()).isEqualTo("2022-02-10");
		assertThat(submitted.get("onTime").asBoolean()).isFalse();
		assertThat(submitted.has("figuresVersion")).isFalse();

		this.api.act(coordinator, id, "accept", null);
		JsonNode accepted = onlyChangeAfter(2);
		assertThat(accepted.get("status").asString()).isEqualTo("accepted");
		assertThat(accepted.get("figuresVersion").asInt()).isEqualTo(1);
		assertThat(accepted.get("figuresStatus").asString()).isEqualTo("accepted");
		assertThat(accepted.get("cells").get("t3.new_received.total").asLong()).isEqualTo(51);
		assertThat(accepted.get("cells").get("t2.art20_5.licensing.decisions").asLong()).isEqualTo(13250);
		assertThat(accepted.has("published")).as("accepted, not yet published: nothing for the public").isFalse();

		this.api.act(coordinator, id, "publish", null);
		JsonNode published = onlyChangeAfter(3);
		assertThat(published.get("status").asString()).isEqualTo("published");
		assertThat(published.get("figuresStatus").asString()).isEqualTo("published");
		assertThat(published.get("published").get("version").asInt()).isEqualTo(1);
		assertThat(published.get("published").get("cells").get("t2.art20_5.licensing.decisions").asLong())
			.isEqualTo(13250);

		this.api.act(reporter, id, "amendments", null);
		JsonNode amended = onlyChangeAfter(4);
		assertThat(amended.get("seq").asLong()).isEqualTo(5);
		assertThat(amended.get("status").asString()).isEqualTo("draft");
		assertThat(amended.get("figuresVersion").asInt()).isEqualTo(1);
		assertThat(amended.get("figuresStatus").asString()).isEqualTo("published");

		this.api.update(reporter, id, FeedClient.complete2021With("t2.art20_5.licensing.decisions", 13300));
		this.api.act(reporter, id, "submit", null);
		JsonNode amendmentSubmitted = onlyChangeAfter(5);
		assertThat(amendmentSubmitted.get("seq").asLong()).isEqualTo(6);
		assertThat(amendmentSubmitted.get("status").asString()).isEqualTo("submitted");
		assertThat(amendmentSubmitted.get("figuresVersion").asInt()).isEqualTo(1);
		assertThat(amendmentSubmitted.get("cells").get("t2.art20_5.licensing.decisions").asLong()).isEqualTo(13250);

		this.api.act(coordinator, id, "accept", null);
		JsonNode amendmentAccepted = onlyChangeAfter(6);
		assertThat(amendmentAccepted.get("figuresVersion").asInt()).isEqualTo(2);
		assertThat(amendmentAccepted.get("cells").get("t2.art20_5.licensing.decisions").asLong()).isEqualTo(13300);
		assertThat(amendmentAccepted.get("published").get("version").asInt())
			.as("the accepted amendment is not yet the public's")
			.isEqualTo(1);
		assertThat(amendmentAccepted.get("published").get("cells").get("t2.art20_5.licensing.decisions").asLong())
			.isEqualTo(13250);

		this.api.act(coordinator, id, "publish", null);
		JsonNode page = this.api.page(this.service, this.province, 7, 10);
		assertThat(page.get("items").findValuesAsString("status")).containsExactly("published");
		JsonNode republished = page.get("items").get(0);
		assertThat(republished.get("seq").asLong()).isEqualTo(8);
		assertThat(republished.get("figuresVersion").asInt()).isEqualTo(2);
		assertThat(republished.get("figuresStatus").asString()).isEqualTo("published");
		assertThat(republished.get("cells").get("t2.art20_5.licensing.decisions").asLong()).isEqualTo(13300);
		assertThat(republished.get("published").get("version").asInt()).isEqualTo(2);
		assertThat(republished.get("published").get("cells").get("t2.art20_5.licensing.decisions").asLong())
			.isEqualTo(13300);
		assertThat(republished.get("firstSubmittedOn").asString()).isEqualTo("2022-02-10");
	}

	@Test
	void returningAndReopeningAreChangesAndAReopenedAcceptanceTakesItsFiguresBack() throws Exception {
		String reporter = reporter("b");
		String coordinator = tokens.coordinator(this.province);
		String id = this.api.create(reporter, FeedClient.complete2021());
		this.api.act(reporter, id, "submit", null);
		this.api.act(coordinator, id, "return", "{\"comments\":[{\"target\":\"report\",\"text\":\"请补充\"}]}");
		assertThat(onlyChangeAfter(2).get("status").asString()).isEqualTo("returned");
		this.api.act(reporter, id, "submit", null);
		this.api.act(coordinator, id, "accept", null);
		// the returned submission stays version 1; the resubmission accepted is version 2
		assertThat(onlyChangeAfter(4).get("figuresVersion").asInt()).isEqualTo(2);

		this.api.act(coordinator, id, "reopen", "{\"reason\":\"表三数据有误\"}");
		JsonNode reopened = onlyChangeAfter(5);
		assertThat(reopened.get("seq").asLong()).isEqualTo(6);
		assertThat(reopened.get("status").asString()).isEqualTo("returned");
		assertThat(reopened.has("figuresVersion")).isFalse();
		assertThat(reopened.has("cells")).isFalse();
	}

	@Test
	void aLegacyReportCarriesItsCatalogueFiguresOnceAccepted() throws Exception {
		String reporter = reporter("c");
		String id = this.api.create(reporter, FeedClient.legacy2015("某县民政局", 41));
		this.api.act(reporter, id, "submit", null);
		this.api.act(tokens.coordinator(this.province), id, "accept", null);
		JsonNode accepted = onlyChangeAfter(2);
		assertThat(accepted.get("format").asString()).isEqualTo("legacy");
		assertThat(accepted.get("deadline").asString()).isEqualTo("2016-03-31");
		assertThat(accepted.get("onTime").asBoolean()).isFalse();
		assertThat(accepted.get("metrics").get("requests.received").get("value").asLong()).isEqualTo(41);
		assertThat(accepted.get("metrics").get("requests.received").get("qualifier").asString()).isEqualTo("at_least");
		assertThat(accepted.get("cells").isEmpty()).isTrue();
	}

	@Test
	void aTemplateReportSaysWhichMandatedSectionsItsAcceptedVersionHasAndALegacyReportNone() throws Exception {
		String reporter = reporter("s");
		String coordinator = tokens.coordinator(this.province);
		tools.jackson.databind.node.ObjectNode withoutProblems = FeedClient.complete2021();
		((tools.jackson.databind.node.ObjectNode) withoutProblems.get("sections")).put("s5", " ");
		String id = this.api.create(reporter, withoutProblems);
		assertThat(onlyChangeAfter(0).has("sections")).isFalse();
		List<String> warnings = this.api.check(reporter, id).get("findings").findValuesAsString("key");
		assertThat(warnings).anyMatch((key) -> key.startsWith("section-"));
		StringBuilder explanations = new StringBuilder("{\"explanations\":{");
		warnings.forEach((key) -> explanations.append('"').append(key).append("\":\"本年度无此事项\","));
		explanations.setCharAt(explanations.length() - 1, '}');
		this.api.act(reporter, id, "submit", explanations.append('}').toString());
		this.api.act(coordinator, id, "accept", null);
		JsonNode sections = onlyChangeAfter(2).get("sections");
		assertThat(sections.propertyNames()).containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
		assertThat(sections.get("s5").asBoolean()).isFalse();
		assertThat(List.of("s1", "s2", "s3", "s4", "s6")).allMatch((section) -> sections.get(section).asBoolean());

		String legacy = this.api.create(reporter("t"), FeedClient.legacy2015("某县民政局", 41));
		this.api.act(reporter("t"), legacy, "submit", null);
		this.api.act(coordinator, legacy, "accept", null);
		JsonNode legacyAccepted = this.api.page(this.service, this.province, 3, 10).get("items").get(0);
		assertThat(legacyAccepted.get("format").asString()).isEqualTo("legacy");
		assertThat(legacyAccepted.has("metrics")).isTrue();
		assertThat(legacyAccepted.has("sections")).isFalse();
	}

	@Test
	void savingADraftTakesNoNumber() throws Exception {
		String reporter = reporter("d");
		String id = this.api.create(reporter, FeedClient.complete2021());
		assertThat(this.api.page(this.service, this.province, 0, 10).get("next").asLong()).isEqualTo(1);

		this.api.update(reporter, id, FeedClient.complete2021With("t2.art20_5.licensing.decisions", 100));
		this.api.update(reporter, id, FeedClient.complete2021With("t2.art20_5.licensing.decisions", 200));

		JsonNode after = this.api.page(this.service, this.province, 1, 10);
		assertThat(after.get("items").isEmpty()).isTrue();
		assertThat(after.get("next").asLong()).isEqualTo(1);
		assertThat(after.get("more").asBoolean()).isFalse();
		this.api.act(reporter, id, "submit", null);
		assertThat(onlyChangeAfter(1).get("seq").asLong()).isEqualTo(2);
	}

	@Test
	void aDiscardedDraftTakesTheNextNumberAsDiscardedSoThatReadersDropIt() throws Exception {
		String reporter = reporter("discard");
		String id = this.api.create(reporter, FeedClient.complete2021());
		assertThat(onlyChangeAfter(0).get("status").asString()).isEqualTo("draft");

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/reports/" + id)
				.header("Authorization", "Bearer " + reporter))
			.andExpect(status().is2xxSuccessful());

		JsonNode discarded = onlyChangeAfter(1);
		assertThat(discarded.get("seq").asLong()).isEqualTo(2);
		assertThat(discarded.get("reportId").asString()).isEqualTo(id);
		assertThat(discarded.get("status").asString()).isEqualTo("discarded");
		assertThat(discarded.get("agencyId").asString()).isEqualTo(this.province.substring(0, 2) + "0100-discard");
		assertThat(discarded.get("year").asInt()).isEqualTo(2021);
		assertThat(discarded.get("agencyName").asString()).isEqualTo("某市人力资源和社会保障局");
		assertThat(discarded.has("cells")).isFalse();
		// read from the start, the report is there once: as discarded
		JsonNode all = this.api.page(this.service, this.province, 0, 10);
		assertThat(all.get("items")).hasSize(1);
		assertThat(all.get("items").get(0).get("status").asString()).isEqualTo("discarded");
	}

	@Test
	void aDiscardWhoseDeleteWasRefusedIsPassedOverAndTheReportStays() throws Exception {
		String id = this.api.create(reporter("refused"), FeedClient.complete2021());
		// a discard took number 2, then found the draft changed and deleted nothing
		org.bson.Document created = this.client.getDatabase("gongkai_" + this.province)
			.getCollection("feed_changes")
			.find(Filters.eq("_id", 1L))
			.first();
		this.client.getDatabase("gongkai_" + this.province)
			.getCollection("feed_sequence")
			.updateOne(Filters.eq("_id", "reports"), Updates.inc("value", 1L));
		this.client.getDatabase("gongkai_" + this.province)
			.getCollection("feed_changes")
			.insertOne(new org.bson.Document("_id", 2L).append("reportId", id)
				.append("feedAt", created.get("feedAt"))
				.append("discarded", new org.bson.Document("agencyId", "x").append("year", 2021)));

		JsonNode page = this.api.page(this.service, this.province, 0, 10);
		assertThat(page.get("items").findValuesAsString("status")).containsExactly("draft");
		assertThat(this.api.page(this.service, this.province, 1, 10).get("items").isEmpty()).isTrue();
	}

	@Test
	void pagingServesEveryReportUnderTheNumberOfItsLastChangeExactlyOnceInOrder() throws Exception {
		String coordinator = tokens.coordinator(this.province);
		List<String> ids = new ArrayList<>();
		for (int agency = 1; agency <= 5; agency++) {
			String reporter = reporter("e" + agency);
			String id = this.api.create(reporter, FeedClient.complete2021());
			this.api.act(reporter, id, "submit", null);
			ids.add(id);
		}
		List<String> seen = new ArrayList<>();
		long cursor = 0;
		boolean more = true;
		int pages = 0;
		while (more) {
			JsonNode page = this.api.page(this.service, this.province, cursor, 2);
			page.get("items")
				.forEach((item) -> seen.add(item.get("seq").asLong() + " " + item.get("reportId").asString() + " "
						+ item.get("status").asString()));
			more = page.get("more").asBoolean();
			cursor = page.get("next").asLong();
			if (++pages == 1) {
				// A change while the reader pages comes again, later, under its new
				// number.
				this.api.act(coordinator, ids.get(0), "accept", null);
			}
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactly("2 " + ids.get(0) + " submitted", "4 " + ids.get(1) + " submitted",
				"6 " + ids.get(2) + " submitted", "8 " + ids.get(3) + " submitted", "10 " + ids.get(4) + " submitted",
				"11 " + ids.get(0) + " accepted");
		JsonNode end = this.api.page(this.service, this.province, cursor, 2);
		assertThat(end.get("items").isEmpty()).isTrue();
		assertThat(end.get("next").asLong()).isEqualTo(11);
		assertThat(end.get("more").asBoolean()).isFalse();
	}

	@Test
	void theDefaultPageHoldsEveryReportOnceAndSaysThereIsNoMore() throws Exception {
		for (int agency = 1; agency <= 3; agency++) {
			this.api.create(reporter("f" + agency), FeedClient.complete2021());
		}
		JsonNode page = FeedClient.body(this.api.feed(this.service, this.province, "").andExpect(status().isOk()));
		assertThat(page.get("province").asString()).isEqualTo(this.province);
		assertThat(page.get("items").findValuesAsString("agencyId")).hasSize(3).doesNotHaveDuplicates();
		assertThat(page.get("next").asLong()).isEqualTo(3);
		assertThat(page.get("more").asBoolean()).isFalse();
	}

	@Test
	void provincesNumberTheirChangesIndependently() throws Exception {
		String other = nextProvince();
		this.api.create(reporter("g"), FeedClient.complete2021());
		this.api.create(reporter("h"), FeedClient.complete2021());
		this.api.create(tokens.reporter(other, other.substring(0, 2) + "0100-g"), FeedClient.complete2021());

		JsonNode here = this.api.page(this.service, this.province, 0, 10);
		JsonNode there = this.api.page(this.service, other, 0, 10);
		assertThat(here.get("items").findValuesAsString("seq")).containsExactly("1", "2");
		assertThat(there.get("items").findValuesAsString("seq")).containsExactly("1");
		assertThat(there.get("items").get(0).get("agencyId").asString()).startsWith(other.substring(0, 2));
		assertThat(there.get("province").asString()).isEqualTo(other);
	}

	@Test
	void numbersTakenButNeverRecordedArePassedOver() throws Exception {
		String first = this.api.create(reporter("n"), FeedClient.complete2021());
		// three numbers taken whose changes were never recorded (their writes failed)
		this.client.getDatabase("gongkai_" + this.province)
			.getCollection("feed_sequence")
			.updateOne(Filters.eq("_id", "reports"), Updates.inc("value", 3L));
		String second = this.api.create(reporter("p"), FeedClient.complete2021());

		JsonNode page = this.api.page(this.service, this.province, 0, 10);
		assertThat(page.get("items").findValuesAsString("seq")).containsExactly("1", "5");
		assertThat(page.get("items").findValuesAsString("reportId")).containsExactly(first, second);
		assertThat(page.get("next").asLong()).isEqualTo(5);
		JsonNode afterTheFirst = this.api.page(this.service, this.province, 1, 1);
		assertThat(afterTheFirst.get("items").findValuesAsString("seq")).containsExactly("5");
		assertThat(afterTheFirst.get("more").asBoolean()).isFalse();
	}

	@Test
	void everyRoleButThePlatformsServiceAccountIsRefused() throws Exception {
		String path = "?after=0";
		for (String token : List.of(tokens.analyst(), tokens.admin(), tokens.coordinator(this.province),
				tokens.reporter(this.province, "x"))) {
			this.api.feed(token, this.province, path)
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/forbidden"));
		}
		this.api.feed(null, this.province, path).andExpect(status().isUnauthorized());
		this.api.feed(this.service, this.province, path).andExpect(status().isOk());
	}

	@Test
	void aLimitOutside1To1000AnUnknownCursorOrAProvinceCodeThatIsNoneIsRefusedWith400() throws Exception {
		for (String query : List.of("?limit=0", "?limit=1001", "?limit=-5", "?after=-1")) {
			this.api.feed(this.service, this.province, query)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-request"))
				.andExpect(jsonPath("$.errors[0].field").value(query.substring(1, query.indexOf('='))));
		}
		this.api.feed(this.service, this.province, "?limit=many").andExpect(status().isBadRequest());
		this.api.feed(this.service, this.province, "?limit=1000").andExpect(status().isOk());
		for (String code : List.of("21", "210100", "abcdef")) {
			this.api.feed(this.service, code, "")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-province"));
		}
	}

	@Test
	void onboardingAProvinceCreatesTheIndexTheFeedIsReadBy() throws Exception {
		this.mvc
			.perform(put("/api/reports/provinces/" + this.province + "/storage").header("Authorization",
					"Bearer " + this.service))
			.andExpect(status().isOk());
		List<String> indexes = new ArrayList<>();
		reports().listIndexes().forEach((index) -> indexes.add(index.getString("name")));
		assertThat(indexes).contains("by_feed_seq");
	}

	private JsonNode onlyChangeAfter(long after) throws Exception {
		JsonNode page = this.api.page(this.service, this.province, after, 10);
		assertThat(page.get("items")).as("changes after %d", after).hasSize(1);
		assertThat(page.get("next").asLong()).isEqualTo(page.get("items").get(0).get("seq").asLong());
		assertThat(page.get("more").asBoolean()).isFalse();
		return page.get("items").get(0);
	}

	/** A province of its own (codes 110000 on), whose feed starts empty. */
	private static String nextProvince() {
		return (11 + provinces++) + "0000";
	}

	private String reporter(String agency) {
		return tokens.reporter(this.province, this.province.substring(0, 2) + "0100-" + agency);
	}

	private com.mongodb.client.MongoCollection<org.bson.Document> reports() {
		return this.client.getDatabase("gongkai_" + this.province).getCollection("reports");
	}

}
