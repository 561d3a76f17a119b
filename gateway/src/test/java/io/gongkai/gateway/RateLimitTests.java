package io.gongkai.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-province rate limit, with a test-sized bucket: 3 requests, refilled once an
 * hour, so nothing refills while the test runs. Each test uses its own provinces.
 */
@TestPropertySource(properties = { "gongkai.gateway.rate-limit.burst=3",
		"gongkai.gateway.rate-limit.requests-per-period=3", "gongkai.gateway.rate-limit.period=1h" })
class RateLimitTests extends GatewayTest {

	@BeforeEach
	void stubServices() {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{}")));
		TestEnvironment.TENANT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{}")));
	}

	@Test
	void aProvincePastItsLimitGets429WhileAnotherProvinceStillPasses() {
		String beijing = TestTokens.ofProvince("110000");
		for (int call = 0; call < 3; call++) {
			call("/api/reports/110000/2024", beijing).expectStatus().isOk();
		}

		expectTooManyRequests(call("/api/reports/110000/2024", beijing)).jsonPath("$.instance")
			.isEqualTo("/api/reports/110000/2024");
		call("/api/reports/310000/2024", TestTokens.ofProvince("310000")).expectStatus().isOk();

		assertThat(TestEnvironment.REPORT_SERVICE.findAll(anyRequestedFor(anyUrl()))).hasSize(4);
	}

	@Test
	void theLimitCountsAProvincesCallsToEveryServiceTogether() {
		String guangdong = TestTokens.ofProvince("440000");
		call("/api/reports/440000/2024", guangdong).expectStatus().isOk();
		call("/api/tenants/provinces/440000", guangdong).expectStatus().isOk();
		call("/api/reports/440000/2023", guangdong).expectStatus().isOk();

		call("/api/tenants/provinces/440000", guangdong).expectStatus().isEqualTo(429);
	}

	@Test
	void callersWithoutAProvinceShareTheNationalLimit() {
		call("/api/reports/national", TestTokens.token().roles("national-analyst").sign()).expectStatus().isOk();
		call("/api/reports/national", TestTokens.token().roles("platform-admin").sign()).expectStatus().isOk();
		call("/api/reports/national", TestTokens.token().roles("national-analyst").sign()).expectStatus().isOk();

		call("/api/reports/national", TestTokens.token().roles("platform-admin").sign()).expectStatus().isEqualTo(429);
		call("/api/reports/650000/2024", TestTokens.ofProvince("650000")).expectStatus().isOk();
	}

	private WebTestClient.ResponseSpec call(String path, String token) {
		return this.client.get().uri(path).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

}
