package io.gongkai.report.province;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProvinceStorageTest extends ReportServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	/**
	 * tenant-service, which owns the province catalogue: 650000 is a tenant, 990000 is
	 * not.
	 */
	@BeforeAll
	static void tenantServiceAnswers() {
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/650000"))
			.willReturn(WireMock.okJson("{\"code\":\"650000\",\"name\":\"新疆维吾尔自治区\"}")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/990000"))
			.willReturn(WireMock.aResponse()
				.withStatus(404)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"https://gongkai.io/problems/unknown-tenant\",\"status\":404}")));
		tenantService
			.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/tenants/980000")).willReturn(WireMock.serverError()));
	}

	@Test
	void onboardingPreparesTheProvincesDatabaseWithItsIndexesTwiceWithoutHarm() throws Exception {
		for (int run = 0; run < 2; run++) {
			this.mvc
				.perform(put("/api/reports/provinces/650000/storage").header("Authorization",
						"Bearer " + tokens.admin()))
				.andExpect(status().isOk());
		}
		assertThat(indexNames("reports")).contains("one_report_per_agency_and_year");
		assertThat(indexNames("idempotency_keys")).contains("one_answer_per_key");
		assertThat(indexNames("import_previews")).hasSizeGreaterThan(1);
		assertThat(indexNames("import_batches")).hasSizeGreaterThan(1);
		assertThat(indexNames("report_audit")).hasSizeGreaterThan(1);
	}

	private List<String> indexNames(String collection) {
		List<String> indexes = new ArrayList<>();
		this.client.getDatabase("gongkai_650000")
			.getCollection(collection)
			.listIndexes()
			.forEach((index) -> indexes.add(index.getString("name")));
		return indexes;
	}

	@Test
	void onlyThePlatformsServiceAccountOrAdminPreparesStorage() throws Exception {
		this.mvc
			.perform(put("/api/reports/provinces/650000/storage").header("Authorization",
					"Bearer " + tokens.coordinator("650000")))
			.andExpect(status().isForbidden());
		this.mvc.perform(put("/api/reports/provinces/65/storage").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aCodeOutsideTheProvinceCatalogueGetsNoStorage() throws Exception {
		this.mvc
			.perform(put("/api/reports/provinces/990000/storage").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unknown-tenant"));
		this.mvc
			.perform(put("/api/reports/provinces/980000/storage").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/tenant-service-unavailable"));
		List<String> databases = new ArrayList<>();
		this.client.listDatabaseNames().forEach(databases::add);
		assertThat(databases).doesNotContain("gongkai_990000", "gongkai_980000");
	}

}
