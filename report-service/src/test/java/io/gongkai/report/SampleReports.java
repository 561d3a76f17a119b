package io.gongkai.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validation tests' sample reports ({@code src/test/resources/validation}) as the
 * report API's tests send them: read in one place, for every test that needs a complete,
 * consistent report.
 */
public final class SampleReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SampleReports() {
	}

	/**
	 * The complete, consistent 2021 report of 某市人力资源和社会保障局, as a create request.
	 * @param kind the kind of body that reports: {@code department} or {@code government}
	 * @return a new request body, free to change
	 */
	public static ObjectNode complete2021(String kind) {
		JsonNode sample = sample("complete-2021-template2021.json");
		ObjectNode body = JSON.createObjectNode();
		body.put("year", 2021);
		body.put("format", "template2021");
		body.put("kind", kind);
		body.put("agencyName", sample.get("agency").asString());
		body.set("sections", sample.get("sections").deepCopy());
		body.set("cells", sample.get("cells").deepCopy());
		return body;
	}

	/**
	 * A sample report as it is stored beside the validation tests.
	 * @param name its file name, such as {@code complete-2021-template2021.json}
	 * @return its content
	 */
	public static JsonNode sample(String name) {
		try (InputStream json = SampleReports.class.getResourceAsStream("/validation/" + name)) {
			if (json == null) {
				throw new IllegalArgumentException("No sample report named " + name);
			}
			return JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
