package io.gongkai.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a caller gets when the gateway answers for a service with its fallback: the 503
 * problem {@code service-unavailable} in Chinese, naming the service, with the reason and
 * {@code Retry-After}.
 */
final class ServiceFallbackAnswer {

	private ServiceFallbackAnswer() {
	}

	static void expect(WebTestClient.ResponseSpec answer, String path, String service, String reason) {
		answer.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "60")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/service-unavailable")
			.jsonPath("$.detail")
			.isEqualTo(service + " 暂不可用或响应过慢；请一分钟后重试。")
			.jsonPath("$.instance")
			.isEqualTo(path)
			.jsonPath("$.reason")
			.isEqualTo(reason);
	}

}
