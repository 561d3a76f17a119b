package io.gongkai.analytics;

import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AnalyticsAccessTest {

	static final TokenIssuer tokens = new TokenIssuer();

	static final EmbeddedMongo store = EmbeddedMongo.inMemory();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("gongkai.security.issuer-uri", tokens::issuerUri);
		registry.add("spring.mongodb.uri", store::uri);
	}

	@AfterAll
	static void stop() {
		tokens.close();
		store.close();
	}

	@Test
	void theAnalystReachesAnalyticsAndAReporterDoesNot() throws Exception {
		this.mvc.perform(get("/api/analytics/freshness").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/analytics/freshness").header("Authorization",
					"Bearer " + tokens.reporter("210000", "210000-rst")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/analytics/freshness")).andExpect(status().isUnauthorized());
	}

	@Test
	void healthAnswersWithoutATokenOnTheEmbeddedStore() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void theApiDescriptionIsPublic() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.paths['/api/analytics/freshness']")
				.exists());
	}

}
