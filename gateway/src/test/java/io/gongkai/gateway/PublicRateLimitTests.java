package io.gongkai.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public read's limit per client address, apart from the provinces' limits, with a
 * test-sized bucket: 3 requests, refilled once an hour.
 */
@TestPropertySource(properties = { "gongkai.gateway.public-rate-limit.burst=3",
		"gongkai.gateway.public-rate-limit.requests-per-period=3", "gongkai.gateway.public-rate-limit.period=1h" })
class PublicRateLimitTests extends GatewayTest {

	@BeforeEach
	void stubServices() {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("[2021]")));
		TestEnvironment.ANALYTICS_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("[2021]")));
	}

	/**
	 * The national figures of published reports and the published reports draw on one
	 * bucket per client address: asking both does not double the limit.
	 */
	@Test
	void theNationalFiguresAndThePublishedReportsShareOneLimitPerAddress() {
		int passed = 0;
		String[] paths = { "/api/public/analytics/years", "/api/public/years" };
		while (this.client.get()
			.uri(paths[passed % 2])
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value() == 200) {
			passed++;
			assertThat(passed).as("requests passed before the limit, both kinds together").isLessThanOrEqualTo(3);
		}
		for (String path : paths) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isEqualTo(429)
				.expectBody()
				.jsonPath("$.title")
				.isEqualTo("请求过于频繁");
		}
	}

	@Test
	void aClientAddressPastThePublicLimitGetsA429InChineseWhileSignedInProvincesStillPass() {
		passedBeforeTheLimit("/api/public/years", 3);
		expectTooManyRequests(this.client.get().uri("/api/public/years").exchange()).jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("网络地址"));
		this.client.get()
			.uri("/api/public/years")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("network address"));
		this.client.get()
			.uri("/api/reports")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("420000")))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
