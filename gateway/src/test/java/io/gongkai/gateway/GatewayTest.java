package io.gongkai.gateway;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

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

}
