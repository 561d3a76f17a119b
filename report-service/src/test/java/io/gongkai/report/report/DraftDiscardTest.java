package io.gongkai.report.report;

import io.gongkai.report.ReportServiceTest;
import io.gongkai.report.audit.AuditEntry;
import io.gongkai.report.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Discarding a draft made by mistake: by its agency or its province's coordinator, never
 * anything submitted, never by an outsider; the audit trail keeps that it existed.
 */
@Import(ReportFixtures.FixedClock.class)
class DraftDiscardTest extends ReportServiceTest {

	static final String PROVINCE = "510000";

	static int agencies;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	ReportClient api;

	String agency;

	String reporter;

	String coordinator = tokens.coordinator(PROVINCE);

	@BeforeEach
	void aNewAgency() throws Exception {
		this.agency = "510100-" + (++agencies);
		this.reporter = tokens.reporter(PROVINCE, this.agency);
		this.api = new ReportClient(this.mvc).warmedUp(this.reporter);
	}

	@Test
	void anAgencyDiscardsItsDraftAndMayStartTheYearAgainWhileTheAuditTrailKeepsThatItExisted() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		discard(this.reporter, id).andExpect(status().isNoContent());
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(status().isNotFound());
		this.api.read(this.reporter, "/api/reports?year=2021").andExpect(jsonPath("$.total").value(0));
		AuditEntry last = lastAuditEntry(id);
		assertThat(last.action()).isEqualTo("discarded");
		assertThat(last.actor()).isEqualTo("reporter-" + PROVINCE + "-" + this.agency);
		assertThat(last.at()).isEqualTo(ReportFixtures.NOW);
		assertThat(last.note()).contains("某市人力资源和社会保障局").contains("2021年度");
		assertThat(this.audit.of(PROVINCE, id)).extracting(AuditEntry::action).containsExactly("created", "discarded");
		String again = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		assertThat(again).isNotEqualTo(id);
		this.api.read(this.reporter, "/api/reports/" + again).andExpect(jsonPath("$.status").value("draft"));
	}

	@Test
	void theCoordinatorDiscardsADraftOfTheProvince() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		discard(this.coordinator, id).andExpect(status().isNoContent());
		this.api.read(this.coordinator, "/api/reports/" + id).andExpect(status().isNotFound());
		assertThat(lastAuditEntry(id).actor()).isEqualTo("coordinator-" + PROVINCE);
	}

	@Test
	void aSubmittedReportIsNeverDiscardedAndTheProblemSaysWhy() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		this.api.action(this.reporter, id, "submit", null).andExpect(status().isOk());
		discard(this.coordinator, id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-not-discardable"))
			.andExpect(jsonPath("$.status").value("submitted"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		this.api.action(this.coordinator, id, "return", """
				{"comments":[{"target":"report","text":"请补充"}]}
				""").andExpect(status().isOk());
		discard(this.reporter, id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-not-discardable"));
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(jsonPath("$.status").value("returned"));
	}

	@Test
	void discardingAnAmendmentDraftKeepsThePublishedVersion() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		this.api.action(this.reporter, id, "submit", null).andExpect(status().isOk());
		this.api.action(this.coordinator, id, "accept", null).andExpect(status().isOk());
		this.api.action(this.coordinator, id, "publish", null).andExpect(status().isOk());
		discard(this.reporter, id).andExpect(status().isConflict());
		this.api.action(this.reporter, id, "amendments", null).andExpect(jsonPath("$.version").value(2));
		ObjectNode amended = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) amended.get("sections")).put("s6", "误建的修订");
		this.api.update(this.reporter, id, amended, this.api.etag(this.reporter, id)).andExpect(status().isOk());
		discard(this.reporter, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.currentVersion").value(1));
		this.api.read(this.reporter, "/api/reports/" + id + "/versions").andExpect(jsonPath("$.length()").value(1));
		assertThat(lastAuditEntry(id).action()).isEqualTo("discarded");
	}

	@Test
	void nobodyDiscardsAnotherAgencysOrAnotherProvincesDraft() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		discard(tokens.reporter(PROVINCE, "510100-other"), id).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-not-found"));
		discard(tokens.coordinator("520000"), id).andExpect(status().isNotFound());
		discard(tokens.analyst(), id).andExpect(status().isForbidden());
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(jsonPath("$.status").value("draft"));
		assertThat(this.audit.of(PROVINCE, id)).extracting(AuditEntry::action).containsExactly("created");
	}

	@Test
	void aDiscardOnAStaleETagIsRefusedAndKeepsTheDraft() throws Exception {
		String id = this.api.createdId(this.reporter, ReportFixtures.complete2021("department"));
		String stale = this.api.etag(this.reporter, id);
		ObjectNode changed = ReportFixtures.asUpdate(ReportFixtures.complete2021("department"));
		((ObjectNode) changed.get("sections")).put("s6", "已修改");
		this.api.update(this.reporter, id, changed, stale).andExpect(status().isOk());
		this.mvc
			.perform(delete("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + this.coordinator)
				.header(HttpHeaders.IF_MATCH, stale))
			.andExpect(status().isPreconditionFailed());
		this.api.read(this.reporter, "/api/reports/" + id).andExpect(status().isOk());
	}

	private AuditEntry lastAuditEntry(String id) {
		java.util.List<AuditEntry> entries = this.audit.of(PROVINCE, id);
		return entries.get(entries.size() - 1);
	}

	private ResultActions discard(String token, String id) throws Exception {
		return this.mvc.perform(delete("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

}
