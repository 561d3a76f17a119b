package io.gongkai.gateway;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many public API keys one client address may ask for: 2 a day at this test's
 * setting; beyond, a 429 in Chinese (English on request) saying when it may ask again.
 */
@TestPropertySource(properties = "gongkai.gateway.api-keys.requests-per-address-per-day=2")
class ApiKeyRequestLimitTests extends GatewayTest {

	@Test
	void anAddressThatAskedForAsManyKeysAsItMayInADayIsToldInChineseWhenItMayAskAgain() {
		Map<String, String> body = Map.of("name", "周研究员", "contact", "研究所", "purpose", "比较各省的公开数据");
		for (int i = 0; i < 2; i++) {
			this.client.post()
				.uri("/api/public/api-keys")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isCreated();
		}
		this.client.post()
			.uri("/api/public/api-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER,
					(seconds) -> assertThat(Long.parseLong(seconds)).isBetween(82_800L, 86_400L))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/too-many-requests")
			.jsonPath("$.title")
			.isEqualTo("申请过于频繁")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("24 小时内已申请了 2 个"));
		this.client.post()
			.uri("/api/public/api-keys")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Too many API keys requested");
	}

}
