package io.gongkai.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of report-service, one of them gone (killed, restarting), and agencies
 * submitting at the same time: not one of their writes fails, though requests running at
 * once move the round robin on between a refused attempt and its retry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "gongkai.gateway.resilience.instance-circuit.minimum-number-of-calls=5")
@AutoConfigureWebTestClient
class GoneInstanceUnderLoadTests {

	/** The gone instance: nothing listens on its port. */
	static final int GONE_PORT = freePort();

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		TestEnvironment.registerReportServiceInstances(registry, () -> "http://127.0.0.1:" + GONE_PORT);
	}

	@BeforeEach
	void resetNeighbours() {
		TestEnvironment.reset();
		TestEnvironment.closeCircuits(this.circuitBreakers);
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void writesSentAtOnceWhileAnInstanceIsGoneAllReachTheOneThatAnswers() throws Exception {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{\"submitted\":true}")));

		// a thread pool of the test's own: the gateway itself runs blocking work on
		// Reactor's bounded elastic threads, which the test must not take up
		ExecutorService agencies = Executors.newFixedThreadPool(8);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int call = 0; call < 60; call++) {
			int number = call;
			answers.add(agencies.submit(() -> submit(number)));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get(60, TimeUnit.SECONDS));
		}
		agencies.shutdown();

		assertThat(statuses).hasSize(60).allMatch((status) -> status == 200);
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(postRequestedFor(anyUrl()))).hasSize(60);
	}

	private int submit(int call) {
		return this.client.post()
			.uri("/api/reports/110000/2024/submission")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"call\":" + call + "}")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
