package io.gongkai.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
	}

	@Test
	void aClientAddressPastThePublicLimitGetsA429InChineseWhileSignedInProvincesStillPass() {
		int passed = 0;
		while (this.client.get()
			.uri("/api/public/years")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value() == 200) {
			passed++;
			assertThat(passed).as("requests passed before the limit").isLessThanOrEqualTo(3);
		}
		this.client.get()
			.uri("/api/public/years")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/too-many-requests")
			.jsonPath("$.title")
			.isEqualTo("请求过于频繁")
			.jsonPath("$.detail")
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
