package io.gongkai.analytics.figures;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refusal speaks Chinese unless the request asks for English, with the same type.
 */
class FigureProblemLanguageTest extends FiguresTestSupport {

	static final String OUT_OF_RANGE = "/api/analytics/comparison?figure=requests.received&year=1999";

	@Test
	void aYearOutOfRangeIsRefusedInChineseByDefault() throws Exception {
		this.mvc.perform(get(OUT_OF_RANGE).header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-year"))
			.andExpect(jsonPath("$.title").value("年度超出范围"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("而不是 1999")));
	}

	@Test
	void aYearOutOfRangeIsRefusedInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(get(OUT_OF_RANGE).header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/invalid-year"))
			.andExpect(jsonPath("$.title").value("Year out of range"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not 1999")));
	}

}
