package io.gongkai.report.feed;

import io.gongkai.report.SampleReports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report API and the feed as their clients see them, through MockMvc with real signed
 * tokens: agencies and coordinators change reports, the service account reads the feed.
 */
record FeedClient(MockMvc mvc) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The complete, consistent 2021 report of the validation tests, as a create request.
	 */
	static ObjectNode complete2021() {
		return SampleReports.complete2021("department");
	}

	/** The same content as an update request, with one cell changed. */
	static ObjectNode complete2021With(String cell, long value) {
		ObjectNode update = complete2021();
		update.remove("year");
		update.remove("format");
		update.remove("kind");
		((ObjectNode) update.get("cells")).put(cell, value);
		return update;
	}

	/** A legacy report on 2015 with one catalogue figure. */
	static ObjectNode legacy2015(String agencyName, long received) {
		ObjectNode body = JSON.createObjectNode();
		body.put("year", 2015);
		body.put("format", "legacy");
		body.put("agencyName", agencyName);
		body.set("metrics", JSON.createObjectNode()
			.set("requests.received", JSON.createObjectNode().put("value", received).put("qualifier", "at_least")));
		return body;
	}

	/**
	 * Makes the service fetch the token keys from the stand-in Keycloak, with a few
	 * tries: on a loaded machine the first fetch can pass the decoder's read timeout.
	 */
	FeedClient warmedUp(String token) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				this.mvc.perform(get("/api/reports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
				return this;
			}
			catch (Exception exception) {
				if (attempt == 5) {
					throw exception;
				}
			}
		}
	}

	String create(String reporter, JsonNode body) throws Exception {
		return body(this.mvc.perform(json(post("/api/reports"), reporter, body)).andExpect(status().isCreated()))
			.get("id")
			.asString();
	}

	void update(String reporter, String id, JsonNode body) throws Exception {
		String etag = this.mvc
			.perform(get("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		this.mvc.perform(json(put("/api/reports/" + id), reporter, body).header(HttpHeaders.IF_MATCH, etag))
			.andExpect(status().isOk());
	}

	/**
	 * A lifecycle action that must succeed: submit, return, accept, publish, reopen,
	 * amendments.
	 */
	void act(String token, String id, String action, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/reports/" + id + "/" + action)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		this.mvc.perform(request).andExpect(status().is2xxSuccessful());
	}

	JsonNode report(String token, String id) throws Exception {
		return body(this.mvc.perform(get("/api/reports/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk()));
	}

	/** The check before submission of the report's last version. */
	JsonNode check(String token, String id) throws Exception {
		return body(this.mvc
			.perform(get("/api/reports/" + id + "/check").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk()));
	}

	ResultActions feed(String token, String province, String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/reports/provinces/" + province + "/feed" + query);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return this.mvc.perform(request);
	}

	/** A page of the feed that must be served. */
	JsonNode page(String token, String province, long after, int limit) throws Exception {
		return body(feed(token, province, "?after=" + after + "&limit=" + limit).andExpect(status().isOk()));
	}

	static JsonNode body(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token,
			JsonNode body) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString());
	}

}
