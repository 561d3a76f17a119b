package io.gongkai.report.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Exchange documents built from the complete 2021 sample report, and calls of the API.
 */
record ExchangeFixtures(MockMvc mvc) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The complete 2021 report of 某市人力资源和社会保障局 as a v1 document. */
	static ObjectNode complete2021(String agencyId) {
		try (InputStream json = ExchangeFixtures.class
			.getResourceAsStream("/validation/complete-2021-template2021.json")) {
			JsonNode sample = JSON.readTree(json);
			ObjectNode document = JSON.createObjectNode();
			document.put("schemaVersion", "gongkai.report/v1");
			ObjectNode agency = document.putObject("agency");
			if (agencyId != null) {
				agency.put("id", agencyId);
			}
			agency.put("name", sample.get("agency").asString());
			document.put("year", 2021);
			document.put("format", "template2021");
			document.put("kind", "department");
			document.set("sections", sample.get("sections").deepCopy());
			document.set("cells", sample.get("cells").deepCopy());
			return document;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	MockHttpServletResponse get(String token, String path) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andReturn()
			.getResponse();
	}

	MockHttpServletResponse post(String token, String path, String contentType, String body) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(contentType)
				.content(body))
			.andReturn()
			.getResponse();
	}

	MockHttpServletResponse importDocument(String token, JsonNode document) throws Exception {
		return post(token, "/api/reports/exchange", MediaType.APPLICATION_JSON_VALUE, document.toString());
	}

	/** Creates a report through the report API; returns its id. */
	String createReport(String token, ObjectNode document) throws Exception {
		ObjectNode create = document.deepCopy();
		create.remove("schemaVersion");
		create.put("agencyName", create.remove("agency").get("name").asString());
		MockHttpServletResponse response = post(token, "/api/reports", MediaType.APPLICATION_JSON_VALUE,
				create.toString());
		if (response.getStatus() != 201) {
			throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
		}
		return json(response).get("id").asString();
	}

	static JsonNode json(MockHttpServletResponse response) throws Exception {
		return JSON.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
