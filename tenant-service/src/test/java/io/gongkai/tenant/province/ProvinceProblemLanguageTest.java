package io.gongkai.tenant.province;

import io.gongkai.tenant.TenantServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refusal speaks Chinese unless the request asks for English, and names provinces as
 * people know them.
 */
class ProvinceProblemLanguageTest extends TenantServiceTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anotherProvincesAgenciesAreRefusedInChineseByDefaultNamingBothProvinces() throws Exception {
		this.mvc
			.perform(get("/api/tenants/370000/agencies").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + tokens.coordinator("210000")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"))
			.andExpect(jsonPath("$.title").value("其他省份"))
			.andExpect(jsonPath("$.detail").value("你的账户属于辽宁省（210000），不能访问山东省（370000）。"));
	}

	@Test
	void anotherProvincesAgenciesAreRefusedInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(get("/api/tenants/370000/agencies")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.coordinator("210000"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"))
			.andExpect(jsonPath("$.title").value("Another province"))
			.andExpect(
					jsonPath("$.detail").value("Your account belongs to 辽宁省 (210000); it cannot reach 山东省 (370000)."));
	}

	@Test
	void aRequestWithoutATokenIsAskedToSignInInTheAskedLanguage() throws Exception {
		this.mvc.perform(get("/api/tenants/370000/agencies"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("需要登录"));
		this.mvc.perform(get("/api/tenants/370000/agencies").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Authentication required"));
	}

}
