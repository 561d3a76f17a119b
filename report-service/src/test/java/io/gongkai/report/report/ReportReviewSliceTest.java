package io.gongkai.report.report;

import java.util.Optional;

import io.gongkai.platform.problem.ProblemConfiguration;
import io.gongkai.platform.security.ResourceServerConfiguration;
import io.gongkai.report.idempotency.IdempotencyKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.gongkai.platform.security.test.SignedInCallers.admin;
import static io.gongkai.platform.security.test.SignedInCallers.analyst;
import static io.gongkai.platform.security.test.SignedInCallers.coordinator;
import static io.gongkai.platform.security.test.SignedInCallers.reporter;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may review a report, on the web slice alone with tokens made in the test (no token
 * issuer, no store): only a coordinator accepts, and only in the province its token
 * names, where a report of another province is not found; an agency's reporter, an
 * analyst and the platform admin are refused. Every refusal is a problem in Chinese.
 */
@WebMvcTest(controllers = ReportLifecycleController.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "io\\.gongkai\\.report\\.(province|published|importing)\\..*"))
@ImportAutoConfiguration({ ResourceServerConfiguration.class, ProblemConfiguration.class })
@Import(ReportAccess.class)
@TestPropertySource(properties = "gongkai.security.issuer-uri=http://127.0.0.1:9/realms/gongkai")
class ReportReviewSliceTest {

	static final String GANSU_REPORT = "r-gs";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ReportStore store;

	@MockitoBean
	private ReportSubmission submission;

	@MockitoBean
	private ReportReview review;

	@MockitoBean
	private ReportDrafts drafts;

	@MockitoBean
	private Preconditions preconditions;

	@MockitoBean
	private IdempotencyKeys idempotencyKeys;

	@MockitoBean
	private ReportAnswers answers;

	@Test
	void withoutATokenNothingIsAcceptedAndTheAnswerIsAProblemInChinese() throws Exception {
		this.mvc.perform(post("/api/reports/" + GANSU_REPORT + "/accept"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("需要登录"));
		then(this.review).shouldHaveNoInteractions();
	}

	@Test
	void theAgencysReporterAnAnalystAndThePlatformAdminMayNotAccept() throws Exception {
		for (RequestPostProcessor caller : new RequestPostProcessor[] { reporter("620000", "620000-jt"), analyst(),
				admin() }) {
			accept(caller).andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/forbidden"))
				.andExpect(jsonPath("$.title").value("无权操作"));
		}
		then(this.store).shouldHaveNoInteractions();
		then(this.review).shouldHaveNoInteractions();
	}

	@Test
	void aCoordinatorMayNotSubmitInTheAgencysPlace() throws Exception {
		this.mvc.perform(post("/api/reports/" + GANSU_REPORT + "/submit").with(coordinator("620000")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("无权操作"));
		then(this.submission).shouldHaveNoInteractions();
	}

	@Test
	void aCoordinatorOfAnotherProvinceLooksOnlyInItsOwnAndFindsNothing() throws Exception {
		given(this.store.find("620000", GANSU_REPORT)).willReturn(Optional.of(mock(Report.class)));
		given(this.store.find(eq("440000"), anyString())).willReturn(Optional.empty());

		accept(coordinator("440000")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-not-found"))
			.andExpect(jsonPath("$.title").value("未找到报告"));
		then(this.store).should().find("440000", GANSU_REPORT);
		then(this.store).should(never()).find(eq("620000"), anyString());
		then(this.review).shouldHaveNoInteractions();
	}

	@Test
	void theProvincesCoordinatorAccepts() throws Exception {
		Report submitted = mock(Report.class);
		Report accepted = mock(Report.class);
		given(this.store.find("620000", GANSU_REPORT)).willReturn(Optional.of(submitted));
		given(this.review.accept(any(), eq(submitted), any())).willReturn(accepted);
		given(this.answers.ok(any(), eq(accepted))).willReturn(ResponseEntity.ok().build());

		accept(coordinator("620000")).andExpect(status().isOk());
		then(this.review).should().accept(any(), eq(submitted), any());
	}

	private ResultActions accept(RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(post("/api/reports/" + GANSU_REPORT + "/accept").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"));
	}

}
