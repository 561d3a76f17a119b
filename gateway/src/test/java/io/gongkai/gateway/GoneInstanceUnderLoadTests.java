package io.gongkai.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
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
		properties = "gongkai.gateway.resilience.minimum-number-of-calls=5")
@AutoConfigureWebTestClient
class GoneInstanceUnderLoadTests {

	/** The gone instance: nothing listens on its port. */
	static final int GONE_PORT = freePort();

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		TestEnvironment.register(registry);
		registry.add("gongkai.gateway.services.report-service",
				() -> TestEnvironment.REPORT_SERVICE.baseUrl() + ",http://127.0.0.1:" + GONE_PORT);
	}

	@BeforeEach
	void resetNeighbours() {
		TestEnvironment.reset();
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	void writesSentAtOnceWhileAnInstanceIsGoneAllReachTheOneThatAnswers() {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{\"submitted\":true}")));

		List<Integer> statuses = Flux.fromStream(IntStream.range(0, 60).boxed())
			.flatMap((call) -> Mono.fromCallable(() -> submit(call))
				.subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()), 20)
			.collectList()
			.block();

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
