package io.gongkai.analytics.figures;

import java.nio.charset.StandardCharsets;

import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.TokenIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One application context for the figures tests, on the embedded store seeded with
 * {@link TestNation} before the service starts (so the start-up load reads it), without
 * synchronisation.
 */
@SpringBootTest(properties = "gongkai.analytics.sync.enabled=false")
@AutoConfigureMockMvc
abstract class FiguresTestSupport {

	static final TokenIssuer tokens = new TokenIssuer();

	static final EmbeddedMongo store = EmbeddedMongo.inMemory();

	static {
		TestNation.seed(store.uri());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			tokens.close();
			store.close();
		}));
	}

	static final ObjectMapper json = new ObjectMapper();

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

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("gongkai.security.issuer-uri", tokens::issuerUri);
		registry.add("spring.mongodb.uri", store::uri);
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
