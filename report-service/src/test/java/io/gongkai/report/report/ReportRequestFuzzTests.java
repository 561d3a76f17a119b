package io.gongkai.report.report;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gongkai.report.ReportServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
 * What a caller sends never makes report-service fail: any body of {@code POST
 * /api/reports} is stored (201) or refused with a 4xx problem (400 or 422 for what is
 * wrong with it), and any value of the headers the service reads
 * ({@code Idempotency-Key}, {@code If-Match}, {@code If-None-Match}) is honoured or
 * refused with a 4xx problem; never a 5xx. Regression mode replays the inputs in
 * {@code ReportRequestFuzzTestsInputs}; {@code docs/fuzzing.md} says how to fuzz.
 */
@SpringBootTest(properties = "gongkai.reports.max-body-size=64KB")
class ReportRequestFuzzTests extends ReportServiceTest {

	private static String reporter;

	private static String headersReporter;

	private static String reportId;

	@Autowired
	MockMvc mvc;

	@FuzzTest(maxDuration = "5m")
	void anyReportBodyIsStoredOrRefusedWithAProblem(byte[] body) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/reports").header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();

		assertNoServerError(response, new String(body, StandardCharsets.UTF_8));
	}

	@FuzzTest(maxDuration = "5m")
	void anyConditionAndIdempotencyHeaderIsHonouredOrRefusedWithAProblem(FuzzedDataProvider data) throws Exception {
		int which = data.consumeInt(0, 2);
		// a header value as the server decodes it from the wire: bytes read as
		// ISO-8859-1,
		// without the line breaks and controls the HTTP parser refuses before the service
		String value = headerValue(data.consumeRemainingAsBytes());
		String token = headersReporter();
		String id = reportId;
		MockHttpServletRequestBuilder request = switch (which) {
			case 0 -> post("/api/reports/" + id + "/submit").header("Idempotency-Key", value);
			case 1 -> put("/api/reports/" + id).header(HttpHeaders.IF_MATCH, value)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyName\":\"某局\"}");
			default -> get("/api/reports/" + id).header(HttpHeaders.IF_NONE_MATCH, value);
		};
		MockHttpServletResponse response = this.mvc
			.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andReturn()
			.getResponse();

		assertNoServerError(response, which + ": " + value);
	}

	private static void assertNoServerError(MockHttpServletResponse response, String input) throws Exception {
		assertThat(response.getStatus()).as("status for %s; answer %s", input, response.getContentAsString())
			.isLessThan(500);
		if (response.getStatus() >= 400) {
			assertThat(response.getContentType()).as("refusal of %s", input).startsWith("application/problem+json");
		}
	}

	private static String headerValue(byte[] bytes) {
		StringBuilder value = new StringBuilder();
		for (byte b : bytes) {
			char c = (char) (b & 0xFF);
			if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
				value.append(c);
			}
		}
		return value.toString();
	}

	/** The reporter whose agency the fuzzed bodies create reports for. */
	private static String reporter() {
		if (reporter == null) {
			reporter = tokens.reporter("510000", "510100-fuzz-bodies");
		}
		return reporter;
	}

	/** Another agency's reporter, and its report whose headers are fuzzed. */
	private String headersReporter() throws Exception {
		if (headersReporter == null) {
			String token = tokens.reporter("510000", "510100-fuzz-headers");
			reportId = new ReportClient(this.mvc).warmedUp(token)
				.createdId(token, ReportFixtures.complete2021("department"));
			headersReporter = token;
		}
		return headersReporter;
	}

}
