package io.gongkai.gateway;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.gongkai.gateway.turns.PublicReadTurns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public read takes turns: one at a time here, a reader waiting at most 4 s for its
 * turn. Each test holds the one turn with a slow public read of report-service and looks
 * at what the next caller gets.
 */
@TestPropertySource(properties = { "gongkai.gateway.public-read-turns.at-once=1",
		"gongkai.gateway.public-read-turns.longest-wait=4s" })
class PublicReadTurnsTests extends GatewayTest {

	private static final String SLOW = "/api/public/reports/slow";

	private static final String QUICK = "/api/public/reports/quick";

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@Autowired
	PublicReadTurns turns;

	@AutoClose("shutdownNow")
	private final ExecutorService readers = Executors.newCachedThreadPool();

	@BeforeEach
	void stubReportService() {
		this.circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("report-service").reset();
		TestEnvironment.REPORT_SERVICE.stubFor(get(urlPathEqualTo(QUICK)).willReturn(okJson("{\"items\":[]}")));
		TestEnvironment.REPORT_SERVICE.stubFor(get(urlPathMatching("/api/reports/.*")).willReturn(okJson("{}")));
	}

	@Test
	void aSecondPublicReadWaitsForTheFirstToBeAnsweredAndIsThenAnswered() throws Exception {
		slowFor(Duration.ofMillis(2_500));
		CompletableFuture<Integer> first = readInBackground(SLOW);
		awaitTheTurnTaken();

		CompletableFuture<Integer> second = readInBackground(QUICK);
		Thread.sleep(1_500);
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(getRequestedFor(urlPathEqualTo(QUICK))))
			.as("reads of report-service by the second reader while the first holds the turn")
			.isEmpty();

		assertThat(second.get()).as("the second reader's answer").isEqualTo(200);
		assertThat(first.get()).isEqualTo(200);
	}

	@Test
	void aPublicReadWithoutATurnWithinTheLongestWaitGetsAProblemSayingToRetry() throws Exception {
		slowFor(Duration.ofMillis(7_000));
		CompletableFuture<Integer> first = readInBackground(SLOW);
		awaitTheTurnTaken();

		this.client.get()
			.uri(QUICK)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "1")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/public-read-busy")
			.jsonPath("$.title")
			.isEqualTo("公开查询繁忙");

		assertThat(TestEnvironment.REPORT_SERVICE.findAll(getRequestedFor(urlPathEqualTo(QUICK))))
			.as("reads of report-service without a turn")
			.isEmpty();
		assertThat(first.get()).isEqualTo(200);
		assertThat(this.circuitBreakers.getCircuitBreakerRegistry()
			.circuitBreaker("report-service")
			.getMetrics()
			.getNumberOfFailedCalls()).as("failures the circuit breaker counted").isZero();
	}

	@Test
	void anAgencyNeverWaitsForThePublicReadsTurn() throws Exception {
		slowFor(Duration.ofMillis(3_000));
		CompletableFuture<Integer> first = readInBackground(SLOW);
		awaitTheTurnTaken();

		this.client.get()
			.uri("/api/reports/440000/2024")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.ofProvince("440000"))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(first).as("the public read still holds the turn").isNotDone();
		first.get();
	}

	@Test
	void aReaderWhoGivesUpGivesBackTheTurn() throws Exception {
		slowFor(Duration.ofMillis(8_000));
		assertThatThrownBy(
				() -> this.client.mutate().responseTimeout(Duration.ofMillis(300)).build().get().uri(SLOW).exchange())
			.as("the reader gives up after 300 ms")
			.isInstanceOf(IllegalStateException.class);

		Awaitility.await()
			.atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(this.turns.underWay()).as("public reads under way").isZero());

		this.client.get().uri(QUICK).exchange().expectStatus().isOk();
	}

	private static void slowFor(Duration delay) {
		TestEnvironment.REPORT_SERVICE.stubFor(
				get(urlPathEqualTo(SLOW)).willReturn(okJson("{\"items\":[]}").withFixedDelay((int) delay.toMillis())));
	}

	/** A read by another reader, on a thread of its own. */
	private CompletableFuture<Integer> readInBackground(String path) {
		return CompletableFuture.supplyAsync(
				() -> this.client.get().uri(path).exchange().returnResult(String.class).getStatus().value(),
				this.readers);
	}

	private void awaitTheTurnTaken() {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> this.turns.underWay() == 1);
	}

}
