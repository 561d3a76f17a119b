package io.gongkai.report.report;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What validation tells an agency while it writes, and before it submits: a draft hears
 * of what was written, the check before submission of the mandated sections too; a table
 * with nothing to report is stated, not left blank; explanations are kept with the draft.
 */
@Import(ReportFixtures.FixedClock.class)
class DraftValidationTest extends ReportServiceTest {

	static final String PROVINCE = "440000";

	static int agencies;

	@Autowired
	MockMvc mvc;

	ReportClient api;

	String reporter;

	String coordinator = tokens.coordinator(PROVINCE);

	@BeforeEach
	void aNewAgency() throws Exception {
		this.reporter = tokens.reporter(PROVINCE, "440300-" + (++agencies));
		this.api = new ReportClient(this.mvc).warmedUp(this.reporter);
	}

	@Test
	void anEmptyNewReportHasNoWarningToExplainAndItsCheckBeforeSubmissionNamesTheMissingSections() throws Exception {
		ObjectNode empty = ReportFixtures.complete2021("department");
		empty.remove("sections");
		empty.remove("cells");
		String id = ReportFixtures
			.body(this.api.create(this.reporter, empty)
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.findings").isEmpty())
				.andExpect(jsonPath("$.findingCounts.unexplainedWarnings").value(0)))
			.get("id")
			.asString();
		this.api.read(this.reporter, "/api/reports/" + id + "/check")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findingCounts.errors").value(3))
			.andExpect(jsonPath("$.findingCounts.warnings").value(3))
			.andExpect(jsonPath("$.findings[0].rule").value("SECTION"));
		this.api.action(this.reporter, id, "submit", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-has-errors"));
	}

	@Test
	void aTemplateReportMissingT2IsRefusedUnlessT2IsStatedToHaveNothingToReport() throws Exception {
		ObjectNode body = ReportFixtures.complete2021("department");
		ObjectNode cells = (ObjectNode) body.get("cells");
		List<String> t2 = cells.propertyNames().stream().filter((cellId) -> cellId.startsWith("t2.")).toList();
		t2.forEach(cells::remove);
		String id = this.api.createdId(this.reporter, body);
		JsonNode refused = ReportFixtures.body(this.api.action(this.reporter, id, "submit", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-has-errors")));
		assertThat(refused.get("findings").get(0).get("rule").asString()).isEqualTo("SECTION");
		assertThat(refused.get("findings").get(0).get("message").asString()).contains("二、主动公开政府信息情况");

		ObjectNode stated = ReportFixtures.asUpdate(body);
		stated.putArray("nothingToReport").add("T2");
		this.api.update(this.reporter, id, stated, this.api.etag(this.reporter, id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nothingToReport[0]").value("T2"));
		this.api.action(this.reporter, id, "submit", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("submitted"));
		this.api.read(this.coordinator, "/api/reports/" + id)
			.andExpect(jsonPath("$.nothingToReport[0]").value("T2"))
			.andExpect(jsonPath("$.findings").isEmpty());
		this.api.read(this.coordinator, "/api/reports/" + id + "/versions/1")
			.andExpect(jsonPath("$.nothingToReport[0]").value("T2"));
	}

	@Test
	void explanationsSavedWithTheDraftSurviveAReloadAndCarryIntoAnAmendment() throws Exception {
		ObjectNode body = ReportFixtures.complete2021("department");
		((ObjectNode) body.get("sections")).put("s6", "无其他需要报告的事项。");
		JsonNode created = ReportFixtures.body(this.api.create(this.reporter, body).andExpect(status().isCreated()));
		String id = created.get("id").asString();
		assertThat(created.get("findings")).hasSize(1);
		String key = created.get("findings").get(0).get("key").asString();

		ObjectNode explained = ReportFixtures.asUpdate(body);
		explained.putObject("explanations").put(key, "  本机关未收取任何费用，已在正文说明。 ");
		this.api.update(this.reporter, id, explained, this.api.etag(this.reporter, id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findingCounts.unexplainedWarnings").value(0));
		this.api.read(this.reporter, "/api/reports/" + id)
			.andExpect(jsonPath("$.findings[0].explanation").value("本机关未收取任何费用，已在正文说明。"))
			.andExpect(jsonPath("$.explanations." + key).value("本机关未收取任何费用，已在正文说明。"));

		this.api.update(this.reporter, id, ReportFixtures.asUpdate(body), this.api.etag(this.reporter, id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[0].explanation").value("本机关未收取任何费用，已在正文说明。"));
		this.api.action(this.reporter, id, "submit", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("submitted"));
		this.api.action(this.coordinator, id, "accept", null).andExpect(status().isOk());
		this.api.action(this.coordinator, id, "publish", null).andExpect(status().isOk());

		this.api.action(this.reporter, id, "amendments", null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.findings[0].key").value(key))
			.andExpect(jsonPath("$.findings[0].explanation").value("本机关未收取任何费用，已在正文说明。"));
	}

}
