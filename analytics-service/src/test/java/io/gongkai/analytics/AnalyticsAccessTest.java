package io.gongkai.analytics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AnalyticsAccessTest extends AnalyticsServiceTest {

	@Autowired
	MockMvc mvc;

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
