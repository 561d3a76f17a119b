package io.gongkai.report.exchange;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The document, export, import, bulk and schema endpoints called by each kind of
 * outsider: a reporter of another agency of the same province, a coordinator of another
 * province, and a reporter and a coordinator whose tokens name no province. None may see
 * the report, change it or write into its province.
 */
class ExchangeIsolationTest extends ReportServiceTest {

	static final String PROVINCE = "330000";

	static final String AGENCY = "330100-victim";

	static final String VICTIM_NAME = "受害者局";

	@Autowired
	MockMvc mvc;

	enum Expect {

		/** Reads of the victim's report: 404 for outsiders with a province. */
		READ,
		/**
		 * The reporter's import: 403 for coordinators, and a reporter writes only its own
		 * agency's.
		 */
		IMPORT,
		/**
		 * The coordinator's bulk upload: 403 for reporters, and writes only in the
		 * caller's province.
		 */
		BULK,
		/** The schema: served to any signed-in caller; it holds no data. */
		SCHEMA

	}

	record Endpoint(String name, String method, String path, String accept, Expect expect) {

	}

	record Outsider(String name, String token, boolean reporter, boolean hasProvince) {

	}

	@Test
	void noOutsiderReachesTheReportThroughTheDocumentAndExchangeEndpoints() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String owner = tokens.reporter(PROVINCE, AGENCY);
		ObjectNode victim = ExchangeFixtures.complete2021(AGENCY);
		((ObjectNode) victim.get("agency")).put("name", VICTIM_NAME);
		String id = api.createReport(owner, victim);
		api.post(owner, "/api/reports/" + id + "/submit", "application/json", "{}");
		String etag = api.get(owner, "/api/reports/" + id).getHeader(HttpHeaders.ETAG);
		List<Endpoint> endpoints = List
			.of(new Endpoint("document as HTML", "GET", "/api/reports/{id}/document", "text/html", Expect.READ),
					new Endpoint("document as Word", "GET", "/api/reports/{id}/document?format=docx", null,
							Expect.READ),
					new Endpoint("export", "GET", "/api/reports/{id}/export", null, Expect.READ),
					new Endpoint("import", "POST", "/api/reports/exchange", null, Expect.IMPORT),
					new Endpoint("bulk upload", "POST", "/api/reports/exchange/bulk", null, Expect.BULK),
					new Endpoint("schema", "GET", "/api/reports/exchange/schema", null, Expect.SCHEMA));
		List<Outsider> outsiders = List.of(
				new Outsider("reporter of another agency", tokens.reporter(PROVINCE, "330100-other"), true, true),
				new Outsider("coordinator of another province", tokens.coordinator("320000"), false, true),
				new Outsider("reporter with no province",
						tokens.token("lost-reporter", List.of("agency-reporter"), null, AGENCY), true, false),
				new Outsider("coordinator with no province",
						tokens.token("lost-coordinator", List.of("provincial-coordinator"), null, null), false, false));
		List<String> leaks = new ArrayList<>();
		int cases = 0;
		for (Endpoint endpoint : endpoints) {
			for (Outsider outsider : outsiders) {
				cases++;
				MockHttpServletResponse response = call(endpoint, outsider, id);
				String problem = check(endpoint, outsider, id, response);
				if (problem != null) {
					leaks.add(endpoint.name() + " as " + outsider.name() + ": " + problem);
				}
			}
		}
		assertThat(leaks).as("leaks").isEmpty();
		assertThat(cases).isEqualTo(24);
		MockHttpServletResponse after = api.get(owner, "/api/reports/" + id);
		assertThat(after.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(ExchangeFixtures.json(api.get(owner, "/api/reports/" + id + "/audit"))
			.get("entries")
			.findValuesAsString("action")).containsExactly("created", "submitted");
		JsonNode province = ExchangeFixtures.json(api.get(tokens.coordinator(PROVINCE), "/api/reports"));
		assertThat(province.get("total").asInt()).as("nothing new in the victim's province").isEqualTo(1);
	}

	private MockHttpServletResponse call(Endpoint endpoint, Outsider outsider, String id) throws Exception {
		String path = endpoint.path().replace("{id}", id);
		var request = endpoint.method().equals("GET") ? get(path) : post(path);
		request.header(HttpHeaders.AUTHORIZATION, "Bearer " + outsider.token());
		if (endpoint.accept() != null) {
			request.header(HttpHeaders.ACCEPT, endpoint.accept());
		}
		ObjectNode impostor = ExchangeFixtures.complete2021(AGENCY);
		((ObjectNode) impostor.get("agency")).put("name", "冒名局");
		if (endpoint.expect() == Expect.IMPORT) {
			request.contentType("application/json").content(impostor.toString());
		}
		if (endpoint.expect() == Expect.BULK) {
			request.contentType("application/json").content("[" + impostor + "]");
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * What went wrong, or {@code null} when the outsider was kept out as it should be.
	 */
	private static String check(Endpoint endpoint, Outsider outsider, String id, MockHttpServletResponse response)
			throws Exception {
		int status = response.getStatus();
		String body = new String(response.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		// a refusal may repeat the id the caller sent (instance, detail); an answer may
		// not
		if (body.contains(VICTIM_NAME) || (status < 300 && body.contains(id))) {
			return "the answer shows the report (" + status + ")";
		}
		switch (endpoint.expect()) {
			case SCHEMA:
				return (status == 200) ? null : "expected the schema, got " + status;
			case READ:
				if (!outsider.hasProvince()) {
					return noProvince(status, body);
				}
				return (status == 404 && body.contains("report-not-found")) ? null : "expected 404, got " + status;
			case IMPORT:
				if (!outsider.reporter()) {
					return (status == 403) ? null : "expected 403 for the role, got " + status;
				}
				if (!outsider.hasProvince()) {
					return noProvince(status, body);
				}
				return (status == 422 && body.contains("agency-mismatch")) ? null
						: "expected 422 agency-mismatch, got " + status + " " + body;
			case BULK:
				if (outsider.reporter()) {
					return (status == 403) ? null : "expected 403 for the role, got " + status;
				}
				if (!outsider.hasProvince()) {
					return noProvince(status, body);
				}
				// the coordinator of another province writes into its own province only
				return (status == 200 && body.contains("\"created\":1")) ? null
						: "expected a report created in the caller's own province, got " + status + " " + body;
			default:
				return "unexpected endpoint";
		}
	}

	private static String noProvince(int status, String body) {
		return (status == 403 && body.contains("no-province")) ? null : "expected 403 no-province, got " + status;
	}

}
