package io.gongkai.report.report;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report's life: draft, submission with findings, review, acceptance, publication,
 * amendment, reopening; with deadlines, versions, diffs and the audit trail.
 */
@Import(ReportFixtures.FixedClock.class)
class ReportLifecycleTest extends ReportServiceTest {

	static final String PROVINCE = "440000";

	static int agencies;

	@Autowired
	MockMvc mvc;

	@Autowired
	com.mongodb.client.MongoClient client;

	ReportClient api;

	String reporter;

	String coordinator = tokens.coordinator(PROVINCE);

	@BeforeEach
	void aNewAgency() throws Exception {
		this.reporter = tokens.reporter(PROVINCE, "440100-" + (++agencies));
		this.api = new ReportClient(this.mvc).warmedUp(this.reporter);
	}

	@Test
	void aCompleteReportIsCreatedAsADraftWithItsDeadlineAndNoFinding() throws Exception {
		this.api.create(this.reporter, ReportFixtures.complete2021("department"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value("draft"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.kind").value("department"))
			.andExpect(jsonPath("$.deadline").value("2022-01-31"))
			.andExpect(jsonPath("$.onTime").doesNotExist())
			.andExpect(jsonPath("$.cells['t3.new_received.total']").value(51))
			.andExpect(jsonPath("$.findings").isEmpty());
	}

	@Test
	void aBlankCellStaysBlankAndIsNotReadAsZero() throws Exception {
		ObjectNode body = ReportFixtures.complete2021("department");
		((ObjectNode) body.get("cells")).remove("t3.results.granted.natural_person");
		JsonNode created = ReportFixtures.body(this.api.create(this.reporter, body).andExpect(status().isCreated()));
		assertThat(created.get("cells").has("t3.results.granted.natural_person")).isFalse();
		assertThat(created.get("findings").toString()).contains("t3.results.granted.natural_person")
			.contains("blankCells");
	}

	@Test
	void anUpdateWithoutIfMatchIsRefusedWith428AndChangesNothing() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		ObjectNode update = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) update.get("cells")).put("t4.review.total", 99);
		this.api.update(this.reporter, id, update, null)
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/precondition-required"));
		this.api.read(this.reporter, "/api/reports/" + id)
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.cells['t4.review.total']").value(3));
	}

	@Test
	void anUpdateOnAStaleETagIsRefusedWith412NamingWhatChangedSince() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		ObjectNode first = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) first.get("sections")).put("s5", "已修改的问题与改进情况。");
		this.api.update(this.reporter, id, first, "\"1\"")
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""));
		ObjectNode second = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) second.get("cells")).put("t2.regulations.made", 7);
		this.api.update(this.reporter, id, second, "\"1\"")
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-changed"))
			.andExpect(jsonPath("$.changed.sections[0]").value("s5"))
			.andExpect(jsonPath("$.changed.cells").isEmpty())
			.andExpect(jsonPath("$.currentETag").value("\"2\""));
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(jsonPath("$.sections.s5").value("已修改的问题与改进情况。"));
	}

	@Test
	void aReportWithErrorsCannotBeSubmitted() throws Exception {
		ObjectNode body = ReportFixtures.complete2021("department");
		((ObjectNode) body.get("cells")).put("t3.new_received.natural_person", 46);
		String id = this.api.createdId(this.reporter, body);
		this.api.action(this.reporter, id, "submit", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-has-errors"))
			.andExpect(jsonPath("$.findings[*].rule", hasItem("R1")))
			.andExpect(jsonPath("$.findings[*].cells[*]", hasItem("t3.new_received.natural_person")));
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(jsonPath("$.status").value("draft"));
	}

	@Test
	void aWarningNeedsAWrittenExplanationBeforeSubmission() throws Exception {
		ObjectNode body = ReportFixtures.complete2021("department");
		((ObjectNode) body.get("sections")).remove("s5");
		String id = this.api.createdId(this.reporter, body);
		JsonNode refused = ReportFixtures.body(this.api.action(this.reporter, id, "submit", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/warnings-need-explanations"))
			.andExpect(jsonPath("$.unexplained[0].rule").value("SECTION")));
		String key = refused.get("unexplained").get(0).get("key").asString();
		this.api.action(this.reporter, id, "submit", "{\"explanations\":{\"" + key + "\":\"本年度无存在问题。\"}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("submitted"))
			.andExpect(jsonPath("$.findings[0].explanation").value("本年度无存在问题。"));
	}

	@Test
	void aDepartmentsReportSubmittedAfter31JanuaryIsLateAndAGovernmentsIsNot() throws Exception {
		String department = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		this.api.action(this.reporter, department, "submit", null)
			.andExpect(jsonPath("$.deadline").value("2022-01-31"))
			.andExpect(jsonPath("$.firstSubmittedOn").value("2022-02-10"))
			.andExpect(jsonPath("$.onTime").value(false));
		String government = this.api.createdId(tokens.reporter(PROVINCE, "440100-gov"),
				ReportFixtures.complete2021("government"));
		this.api.action(tokens.reporter(PROVINCE, "440100-gov"), government, "submit", null)
			.andExpect(jsonPath("$.deadline").value("2022-03-31"))
			.andExpect(jsonPath("$.onTime").value(true));
	}

	@Test
	void theCoordinatorReturnsWithCommentsAndTheAgencyCorrectsAndResubmits() throws Exception {
		String id = submitted();
		this.api.action(this.coordinator, id, "return", """
				{"comments":[{"target":"cell","ref":"t3.new_received.total","text":"请核对本年新收数量"},
				             {"target":"section","ref":"s5","text":"请具体说明改进措施"},
				             {"target":"report","text":"整体格式请规范"}]}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("returned"))
			.andExpect(jsonPath("$.comments[0].ref").value("t3.new_received.total"))
			.andExpect(jsonPath("$.comments[1].target").value("section"));
		ObjectNode corrected = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) corrected.get("sections")).put("s5", "改进措施：每季度开展一次答复文书评查。");
		this.api.update(this.reporter, id, corrected, this.api.etag(this.reporter, id)).andExpect(status().isOk());
		this.api.action(this.reporter, id, "submit", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("submitted"));
	}

	@Test
	void commentsAndTheAuditTrailNameTheCoordinatorAsPeopleReadTheNameNotByLogin() throws Exception {
		String id = submitted();
		String named = tokens.coordinatorNamed(PROVINCE, "王", "晓明");
		this.api.action(named, id, "return", """
				{"comments":[{"target":"report","text":"整体格式请规范"}]}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comments[0].authorName").value("王晓明"))
			.andExpect(jsonPath("$.comments[0].author").value("coordinator-" + PROVINCE));
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(jsonPath("$.comments[0].authorName").value("王晓明"));
		this.api.read(this.coordinator, "/api/reports/" + id + "/audit")
			.andExpect(jsonPath("$.entries[-1].action").value("returned"))
			.andExpect(jsonPath("$.entries[-1].actorName").value("王晓明"))
			.andExpect(jsonPath("$.entries[-2].actorName").value("reporter-" + PROVINCE + "-440100-" + agencies));
	}

	@Test
	void aResubmissionAfterAReturnIsVersion2AndTheReviewerSeesWhatChangedSinceTheReturnedSubmission() throws Exception {
		ObjectNode body = ReportFixtures.complete2021("department");
		((ObjectNode) body.get("sections")).remove("s5");
		String id = this.api.createdId(this.reporter, body);
		String key = ReportFixtures.body(this.api.read(this.reporter, "/api/reports/" + id + "/check"))
			.get("findings")
			.get(0)
			.get("key")
			.asString();
		this.api.action(this.reporter, id, "submit", "{\"explanations\":{\"" + key + "\":\"本年度无改进事项。\"}}")
			.andExpect(status().isOk());
		this.api.read(this.coordinator, "/api/reports/" + id)
			.andExpect(jsonPath("$.findings[0].explanation").value("本年度无改进事项。"))
			.andExpect(jsonPath("$.lastReturnedVersion").doesNotExist());
		this.api.action(this.coordinator, id, "return", """
				{"comments":[{"target":"cell","ref":"t3.new_received.total","text":"请核对本年新收数量"}]}
				""")
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.status").value("returned"))
			.andExpect(jsonPath("$.comments[0].text").value("请核对本年新收数量"));
		this.api.read(this.reporter, "/api/reports/" + id + "/check")
			.andExpect(jsonPath("$.findings[0].explanation").value("本年度无改进事项。"));
		ObjectNode corrected = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) corrected.get("sections")).put("s5", "改进措施：每季度开展一次答复文书评查。");
		((ObjectNode) corrected.get("cells")).put("t4.review.maintained", 3);
		((ObjectNode) corrected.get("cells")).put("t4.review.total", 4);
		this.api.update(this.reporter, id, corrected, this.api.etag(this.reporter, id)).andExpect(status().isOk());
		this.api.action(this.reporter, id, "submit", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.status").value("submitted"))
			.andExpect(jsonPath("$.lastReturnedVersion").value(1));
		this.api.read(this.coordinator, "/api/reports/" + id + "/versions")
			.andExpect(jsonPath("$[0].status").value("returned"))
			.andExpect(jsonPath("$[0].submittedBy").value("reporter-" + PROVINCE + "-440100-" + agencies))
			.andExpect(jsonPath("$[0].decidedBy").value("coordinator-" + PROVINCE))
			.andExpect(jsonPath("$[0].submittedByName").isNotEmpty())
			.andExpect(jsonPath("$[0].decidedByName").isNotEmpty())
			.andExpect(jsonPath("$[1].status").value("submitted"));
		this.api.read(this.coordinator, "/api/reports/" + id + "/versions/1")
			.andExpect(jsonPath("$.sections.s5").doesNotExist())
			.andExpect(jsonPath("$.comments[0].ref").value("t3.new_received.total"));
		JsonNode diff = ReportFixtures
			.body(this.api.read(this.coordinator, "/api/reports/" + id + "/diff?from=returned&to=latest"));
		assertThat(diff.get("from").asInt()).isEqualTo(1);
		assertThat(diff.get("to").asInt()).isEqualTo(2);
		assertThat(diff.get("cells").findValuesAsString("id")).containsExactly("t4.review.maintained",
				"t4.review.total");
		assertThat(diff.get("sections").get(0).get("id").asString()).isEqualTo("s5");
		assertThat(diff.get("sections").get(0).get("to").asString()).isEqualTo("改进措施：每季度开展一次答复文书评查。");
	}

	@Test
	void aReportNeverReturnedHasNoReturnedVersionToCompareWith() throws Exception {
		String id = submitted();
		this.api.read(this.coordinator, "/api/reports/" + id + "/diff?from=returned&to=latest")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/no-returned-version"))
			.andExpect(jsonPath("$.field").value("from"));
	}

	@Test
	void aCommentOnACellTheFormatDoesNotHaveIsRefused() throws Exception {
		String id = submitted();
		this.api.action(this.coordinator, id, "return", """
				{"comments":[{"target":"cell","ref":"t9.nothing","text":"?"}]}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("comments[0].ref"));
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(jsonPath("$.status").value("submitted"));
	}

	@Test
	void anAcceptedReportIsLockedAndCurrentUntilReopenedWithAReason() throws Exception {
		String id = submitted();
		this.api.action(this.coordinator, id, "accept", "{\"note\":\"数据无误\"}")
			.andExpect(jsonPath("$.status").value("accepted"))
			.andExpect(jsonPath("$.currentVersion").value(1));
		this.api.update(this.reporter, id, ReportFixtures.asUpdate(ReportFixtures.complete2021("department")), "*")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-locked"));
		this.api.action(this.coordinator, id, "reopen", "{}").andExpect(status().isBadRequest());
		this.api.action(this.coordinator, id, "reopen", "{\"reason\":\"发现表三数据录入错误\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("returned"))
			.andExpect(jsonPath("$.currentVersion").doesNotExist());
		this.api.read(this.coordinator, "/api/reports/" + id + "/audit")
			.andExpect(jsonPath("$.entries[-1].action").value("reopened"))
			.andExpect(jsonPath("$.entries[-1].note").value("发现表三数据录入错误"))
			.andExpect(jsonPath("$.entries[-1].actor").value("coordinator-" + PROVINCE));
	}

	@Test
	void anAmendmentMakesVersion2WhileThePublishedVersion1StaysCurrentUntilAccepted() throws Exception {
		String id = published();
		this.api.action(this.reporter, id, "amendments", null)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/reports/" + id + "/versions/2"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.status").value("draft"))
			.andExpect(jsonPath("$.currentVersion").value(1));
		ObjectNode amended = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) amended.get("sections")).put("s6", "本机关2021年未收取信息处理费。补充说明：已更正网站链接。");
		this.api.update(this.reporter, id, amended, this.api.etag(this.reporter, id)).andExpect(status().isOk());
		this.api.read(this.reporter, "/api/reports/" + id + "/versions/current")
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.sections.s6").value("本机关2021年未收取信息处理费。无其他需要报告的事项。"));
		this.api.action(this.reporter, id, "submit", null).andExpect(status().isOk());
		this.api.action(this.coordinator, id, "accept", null).andExpect(jsonPath("$.currentVersion").value(2));
		this.api.read(this.reporter, "/api/reports/" + id + "/versions/1")
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.current").value(false));
		this.api.read(this.reporter, "/api/reports/" + id + "/diff?from=1&to=2")
			.andExpect(jsonPath("$.sections[0].id").value("s6"))
			.andExpect(jsonPath("$.sections[0].to").value("本机关2021年未收取信息处理费。补充说明：已更正网站链接。"))
			.andExpect(jsonPath("$.cells").isEmpty());
	}

	@Test
	void theAuditTrailRecordsWhoChangedWhichCellFromWhatToWhat() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		ObjectNode update = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) update.get("cells")).put("t4.review.maintained", 1);
		((ObjectNode) update.get("cells")).put("t4.review.total", 1);
		this.api.update(this.reporter, id, update, "\"1\"").andExpect(status().isOk());
		JsonNode audit = ReportFixtures.body(this.api.read(this.coordinator, "/api/reports/" + id + "/audit"));
		List<String> actions = new ArrayList<>();
		audit.get("entries").forEach((entry) -> actions.add(entry.get("action").asString()));
		assertThat(actions).containsExactly("created", "updated");
		JsonNode updated = audit.get("entries").get(1);
		assertThat(updated.get("actor").asString()).isEqualTo("reporter-" + PROVINCE + "-440100-" + agencies);
		assertThat(updated.get("revision").asLong()).isEqualTo(2);
		assertThat(updated.get("changes").toString()).contains("\"id\":\"t4.review.total\",\"from\":3,\"to\":1")
			.contains("\"id\":\"t4.review.maintained\",\"from\":2,\"to\":1");
	}

	@Test
	void anAuditEntryLostToACrashAfterTheReportWasWrittenIsRecoveredFromTheReport() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		this.client.getDatabase("gongkai_" + PROVINCE)
			.getCollection("report_audit")
			.deleteOne(com.mongodb.client.model.Filters.eq("_id", id + "#1"));
		JsonNode audit = ReportFixtures.body(this.api.read(this.reporter, "/api/reports/" + id + "/audit"));
		assertThat(audit.get("entries").findValuesAsString("action")).containsExactly("created");
		assertThat(audit.get("entries").get(0).get("changes").toString()).contains("t3.new_received.total");
	}

	@Test
	void aCreateRetriedWithTheSameIdempotencyKeyAnswersTheFirstAnswerAndMakesOneReport() throws Exception {
		ObjectNode body = ReportFixtures.complete2021("department");
		String first = this.api.create(this.reporter, body, "create-abc-1")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.api.create(this.reporter, body, "create-abc-1")
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ReportFixtures.JSON.readTree(second).get("id"))
			.isEqualTo(ReportFixtures.JSON.readTree(first).get("id"));
		body.put("agencyName", "另一个名称");
		this.api.create(this.reporter, body, "create-abc-1")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/idempotency-key-reused"));
		this.api.read(this.reporter, "/api/reports").andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aSubmissionRetriedWithTheSameKeyIsAnsweredOnceAndRecordedOnce() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		this.api.action(this.reporter, id, "submit", "{}", "submit-1").andExpect(status().isOk());
		this.api.action(this.reporter, id, "submit", "{}", "submit-1")
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.status").value("submitted"));
		this.api.action(this.reporter, id, "submit", "{}", "submit-2").andExpect(status().isConflict());
		JsonNode audit = ReportFixtures.body(this.api.read(this.reporter, "/api/reports/" + id + "/audit"));
		assertThat(audit.get("entries").findValuesAsString("action")).containsExactly("created", "submitted");
	}

	@Test
	void theListFiltersByStatusAndSortsAndPages() throws Exception {
		String coordinator = tokens.coordinator("450000");
		for (int i = 1; i <= 3; i++) {
			String reporter = tokens.reporter("450000", "450100-" + i);
			ObjectNode body = ReportFixtures.complete2021("department");
			body.put("agencyName", "机关" + i);
			String id = this.api.createdId(reporter, body);
			if (i != 2) {
				this.api.action(reporter, id, "submit", null).andExpect(status().isOk());
			}
		}
		this.api.read(coordinator, "/api/reports?status=submitted&sort=agencyName,desc&size=1&page=0")
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].agencyName").value("机关3"));
		this.api.read(coordinator, "/api/reports?status=submitted&sort=agencyName,desc&size=1&page=1")
			.andExpect(jsonPath("$.items[0].agencyName").value("机关1"));
		this.api.read(coordinator, "/api/reports?sort=colour")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("sort"));
	}

	private String submitted() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		this.api.action(this.reporter, id, "submit", null).andExpect(status().isOk());
		return id;
	}

	private String published() throws Exception {
		String id = submitted();
		this.api.action(this.coordinator, id, "accept", null).andExpect(status().isOk());
		this.api.action(this.coordinator, id, "publish", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("published"));
		this.api.update(this.reporter, id, ReportFixtures.asUpdate(ReportFixtures.complete2021("department")), "*")
			.andExpect(status().isConflict());
		return id;
	}

}
