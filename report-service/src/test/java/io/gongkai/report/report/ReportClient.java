package io.gongkai.report.report;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The report API as a client sees it, through MockMvc with real signed tokens.
 */
record ReportClient(MockMvc mvc) {

	/**
	 * Makes the service fetch and cache the token keys from the stand-in Keycloak, with a
	 * few tries: on a loaded build machine the very first fetch can pass the decoder's
	 * read timeout, which says nothing about the code under test.
	 */
	ReportClient warmedUp(String token) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				read(token, "/api/reports");
				return this;
			}
			catch (Exception exception) {
				if (attempt == 5) {
					throw exception;
				}
			}
		}
	}

	ResultActions create(String token, JsonNode body) throws Exception {
		return create(token, body, null);
	}

	ResultActions create(String token, JsonNode body, String idempotencyKey) throws Exception {
		MockHttpServletRequestBuilder request = json(post("/api/reports"), token, body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return this.mvc.perform(request);
	}

	String createdId(String token, JsonNode body) throws Exception {
		return ReportFixtures.body(create(token, body)).get("id").asString();
	}

	ResultActions read(String token, String path) throws Exception {
		return this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	ResultActions update(String token, String id, JsonNode body, String ifMatch) throws Exception {
		MockHttpServletRequestBuilder request = json(put("/api/reports/" + id), token, body);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return this.mvc.perform(request);
	}

	ResultActions action(String token, String id, String action, String body) throws Exception {
		return action(token, id, action, body, null);
	}

	ResultActions action(String token, String id, String action, String body, String idempotencyKey) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/reports/" + id + "/" + action)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return this.mvc.perform(request);
	}

	String etag(String token, String id) throws Exception {
		return read(token, "/api/reports/" + id).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token,
			JsonNode body) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString());
	}

}
