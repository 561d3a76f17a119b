package io.gongkai.report.report;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint of the report API, called by each kind of outsider: a reporter of
 * another agency of the same province, a coordinator of another province, and callers
 * whose token names no province. None may see, change or learn of the report.
 */
class ReportIsolationTest extends ReportServiceTest {

	static final String PROVINCE = "330000";

	static final String AGENCY = "330100-victim";

	/** Who may call an endpoint by role. */
	enum Roles {

		REPORTER, COORDINATOR, BOTH

	}

	record Endpoint(HttpMethod method, String path, String body, Roles roles) {

	}

	record Outsider(String name, String token, boolean reporter, boolean hasProvince) {

	}

	static final List<Endpoint> ENDPOINTS = List.of(new Endpoint(HttpMethod.GET, "/api/reports", null, Roles.BOTH),
			new Endpoint(HttpMethod.POST, "/api/reports", "CREATE", Roles.REPORTER),
			new Endpoint(HttpMethod.GET, "/api/reports/{id}", null, Roles.BOTH),
			new Endpoint(HttpMethod.PUT, "/api/reports/{id}", "UPDATE", Roles.REPORTER),
			new Endpoint(HttpMethod.DELETE, "/api/reports/{id}", null, Roles.BOTH),
			new Endpoint(HttpMethod.POST, "/api/reports/{id}/submit", "{}", Roles.REPORTER),
			new Endpoint(HttpMethod.POST, "/api/reports/{id}/amendments", null, Roles.REPORTER),
			new Endpoint(HttpMethod.POST, "/api/reports/{id}/return",
					"{\"comments\":[{\"target\":\"report\",\"text\":\"x\"}]}", Roles.COORDINATOR),
			new Endpoint(HttpMethod.POST, "/api/reports/{id}/accept", "{}", Roles.COORDINATOR),
			new Endpoint(HttpMethod.POST, "/api/reports/{id}/publish", null, Roles.COORDINATOR),
			new Endpoint(HttpMethod.POST, "/api/reports/{id}/reopen", "{\"reason\":\"x\"}", Roles.COORDINATOR),
			new Endpoint(HttpMethod.GET, "/api/reports/{id}/versions", null, Roles.BOTH),
			new Endpoint(HttpMethod.GET, "/api/reports/{id}/versions/1", null, Roles.BOTH),
			new Endpoint(HttpMethod.GET, "/api/reports/{id}/diff?from=1&to=1", null, Roles.BOTH),
			new Endpoint(HttpMethod.GET, "/api/reports/{id}/audit", null, Roles.BOTH));

	@Autowired
	MockMvc mvc;

	@Test
	void noOutsiderReachesAReportThroughAnyEndpoint() throws Exception {
		String owner = tokens.reporter(PROVINCE, AGENCY);
		ReportClient api = new ReportClient(this.mvc).warmedUp(owner);
		ObjectNode victim = ReportFixtures.complete2021("department");
		victim.put("agencyName", "受害者局");
		String id = api.createdId(owner, victim);
		api.action(owner, id, "submit", null).andExpect(status().isOk());
		String etagBefore = api.etag(owner, id);
		List<Outsider> outsiders = List.of(
				new Outsider("reporter of another agency", tokens.reporter(PROVINCE, "330100-other"), true, true),
				new Outsider("coordinator of another province", tokens.coordinator("320000"), false, true),
				new Outsider("reporter with no province",
						tokens.token("lost-reporter", List.of("agency-reporter"), null, AGENCY), true, false),
				new Outsider("coordinator with no province",
						tokens.token("lost-coordinator", List.of("provincial-coordinator"), null, null), false, false));
		int cases = 0;
		List<String> leaks = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Outsider outsider : outsiders) {
				cases++;
				MockHttpServletResponse response = call(endpoint, outsider, id, etagBefore);
				String problem = check(endpoint, outsider, id, response);
				if (problem != null) {
					leaks.add(endpoint.method() + " " + endpoint.path() + " as " + outsider.name() + ": " + problem);
				}
			}
		}
		assertThat(leaks).as("leaks").isEmpty();
		assertThat(cases).isEqualTo(ENDPOINTS.size() * outsiders.size()).isEqualTo(60);
		api.read(owner, "/api/reports/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("submitted"))
			.andExpect(jsonPath("$.revision").value(2));
		assertThat(api.etag(owner, id)).isEqualTo(etagBefore);
		assertThat(ReportFixtures.body(api.read(owner, "/api/reports/" + id + "/audit"))
			.get("entries")
			.findValuesAsString("action")).containsExactly("created", "submitted");
		api.read(tokens.coordinator(PROVINCE), "/api/reports/" + id).andExpect(status().isOk());
	}

	private MockHttpServletResponse call(Endpoint endpoint, Outsider outsider, String id, String etag)
			throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path().replace("{id}", id))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + outsider.token())
			.header(HttpHeaders.IF_MATCH, etag);
		String body = switch (String.valueOf(endpoint.body())) {
			case "CREATE" -> {
				ObjectNode create = ReportFixtures.complete2021("department");
				create.put("agencyId", AGENCY);
				create.put("year", 2022 - 1);
				yield create.toString();
			}
			case "UPDATE" -> ReportFixtures.asUpdate(ReportFixtures.complete2021("department")).toString();
			case "null" -> null;
			default -> endpoint.body();
		};
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * What went wrong, or {@code null} when the outsider was kept out as it should be.
	 */
	private static String check(Endpoint endpoint, Outsider outsider, String id, MockHttpServletResponse response)
			throws Exception {
		String body = response.getContentAsString();
		int status = response.getStatus();
		boolean roleAllowed = endpoint.roles() == Roles.BOTH
				|| (endpoint.roles() == Roles.REPORTER) == outsider.reporter();
		if (body.contains("受害者局") || body.contains("\"" + AGENCY + "\"") || (status < 300 && body.contains(id))) {
			return "the answer shows the report (" + status + ")";
		}
		if (!roleAllowed) {
			return (status == 403) ? null : "expected 403 for the role, got " + status;
		}
		if (!outsider.hasProvince()) {
			return (status == 403 && body.contains("no-province")) ? null : "expected 403 no-province, got " + status;
		}
		if (endpoint.path().equals("/api/reports")) {
			if (endpoint.method() == HttpMethod.GET) {
				JsonNode page = ReportFixtures.JSON.readTree(body);
				return (status == 200 && page.get("total").asLong() == 0) ? null : "the list is not empty: " + body;
			}
			JsonNode created = ReportFixtures.JSON.readTree(body);
			return (status == 201 && !AGENCY.equals(created.get("agencyId").asString())) ? null
					: "a create reached the victim's agency: " + status;
		}
		return (status == 404 && body.contains("report-not-found")) ? null : "expected 404, got " + status;
	}

}
