package io.gongkai.analytics.figures;

import java.nio.charset.StandardCharsets;

import io.gongkai.analytics.AnalyticsServiceTest;
import io.gongkai.analytics.nation.NationalFigures;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The figures tests, on the shared test context, the store seeded with {@link TestNation}
 * and the national read model loaded from it before the class's first test.
 */
abstract class FiguresTestSupport extends AnalyticsServiceTest {

	static final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void seedTheTestNation(@Autowired NationalFigures figures) {
		TestNation.seed(store.uri());
		figures.loadAll();
	}

	@Autowired
	MockMvc mvc;

	// Tokens live five minutes: each call signs a fresh one.

	static String analyst() {
		return tokens.analyst();
	}

	static String admin() {
		return tokens.admin();
	}

	static String liaoning() {
		return tokens.coordinator("210000");
	}

	static String gansu() {
		return tokens.coordinator("620000");
	}

	static String liaoningRst() {
		return tokens.reporter("210000", "ln-rst");
	}

	/** The answer to a GET with a token, whatever its status. */
	MockHttpServletResponse call(String token, String path) throws Exception {
		return this.mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse();
	}

	/** The JSON of a GET that must succeed. */
	JsonNode ok(String token, String path) throws Exception {
		MockHttpServletResponse response = call(token, path);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(path + " → " + body).isEqualTo(200);
		return json.readTree(body);
	}

	/** The problem a GET answers with the given status. */
	JsonNode problem(String token, String path, int status) throws Exception {
		MockHttpServletResponse response = call(token, path);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(path + " → " + body).isEqualTo(status);
		return json.readTree(body);
	}

	/** The row of a JSON array whose field has the value. */
	static JsonNode row(JsonNode rows, String field, String value) {
		for (JsonNode row : rows) {
			if (value.equals(row.path(field).asString(null))) {
				return row;
			}
		}
		throw new AssertionError("No row with " + field + " = " + value + " in " + rows);
	}

}
