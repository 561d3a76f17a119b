package io.gongkai.gateway;

import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway on a random port of 127.0.0.1 in front of the WireMock neighbours of
 * {@link TestEnvironment}, with a 1 KB body limit. Test classes that need other limits
 * add them with {@code @TestPropertySource}; the others share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "gongkai.gateway.request-size.max-body=1KB")
@AutoConfigureWebTestClient
abstract class GatewayTest {

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		TestEnvironment.register(registry);
	}

	/**
	 * The first request through a route starts its circuit breaker, rate limiter and
	 * connection pool; on a busy build machine that alone can pass the client's default
	 * five seconds, so a test waits longer before it calls the gateway hung.
	 */
	@BeforeEach
	void resetNeighbours() {
		TestEnvironment.reset();
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	/**
	 * How many GETs of the path from a caller with no token or key pass before the first
	 * refusal, the limit being at most {@code atMost}.
	 * @param path what is read
	 * @param atMost how many may pass before the limit is taken as missing
	 * @return the requests that passed
	 */
	int passedBeforeTheLimit(String path, int atMost) {
		return passedBeforeTheLimit(path, (headers) -> {
		}, atMost);
	}

	/**
	 * How many GETs of the path before the first refusal, the limit being at most
	 * {@code atMost}.
	 * @param path what is read
	 * @param headers the caller's headers (a token, an API key), the same each time
	 * @param atMost how many may pass before the limit is taken as missing
	 * @return the requests that passed
	 */
	int passedBeforeTheLimit(String path, Consumer<HttpHeaders> headers, int atMost) {
		int passed = 0;
		while (this.client.get()
			.uri(path)
			.headers(headers)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value() == 200) {
			passed++;
			assertThat(passed).as("requests passed before the limit").isLessThanOrEqualTo(atMost);
		}
		return passed;
	}

	/**
	 * A request past its limit as the caller sees it: 429, when to try again, a problem
	 * of the kind {@code too-many-requests} titled in Chinese.
	 * @param response the answer to the request
	 * @return the problem, for what a test checks beyond that
	 */
	static WebTestClient.BodyContentSpec expectTooManyRequests(WebTestClient.ResponseSpec response) {
		return response.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/too-many-requests")
			.jsonPath("$.title")
			.isEqualTo("请求过于频繁");
	}

}
