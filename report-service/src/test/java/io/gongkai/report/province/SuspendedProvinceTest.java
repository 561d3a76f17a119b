package io.gongkai.report.province;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A suspended province's reports can be read but not changed; tenant-service answers
 * which provinces are suspended (a WireMock stand-in here).
 */
@SpringBootTest(properties = "gongkai.reports.suspension-check.fresh-for=0s")
class SuspendedProvinceTest extends ReportServiceTest {

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void tenantServiceAnswers() {
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/430000/status"))
			.willReturn(WireMock.okJson("{\"code\":\"430000\",\"status\":\"suspended\"}")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/440000/status"))
			.willReturn(WireMock.okJson("{\"code\":\"440000\",\"status\":\"active\"}")));
		tenantService.stubFor(
				WireMock.get(WireMock.urlPathEqualTo("/api/tenants/420000/status")).willReturn(WireMock.serverError()));
	}

	@Test
	void aSuspendedProvincesReportsCannotBeWrittenButCanBeRead() throws Exception {
		create(tokens.reporter("430000", "430100-a")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/province-suspended"));
		this.mvc.perform(get("/api/reports").header("Authorization", "Bearer " + tokens.reporter("430000", "430100-a")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anActiveProvinceWritesAsUsual() throws Exception {
		create(tokens.reporter("440000", "440100-a")).andExpect(status().isCreated());
	}

	@Test
	void whenTenantServiceCannotAnswerWorkGoesOn() throws Exception {
		create(tokens.reporter("420000", "420100-a")).andExpect(status().isCreated());
	}

	private ResultActions create(String token) throws Exception {
		return this.mvc.perform(post("/api/reports").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2015,\"format\":\"legacy\",\"agencyName\":\"某局\"}"));
	}

}
