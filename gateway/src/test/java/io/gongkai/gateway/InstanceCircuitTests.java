package io.gongkai.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.gongkai.platform.security.test.LocalServers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each instance of a service has a circuit of its own: one instance that is too slow or
 * unavailable is left out while the other answers every request, and the service stays
 * available. Two WireMock instances of report-service, a time limit of 2 s, an instance's
 * circuit opened by 2 failures of its first 3 calls, open for 8 s, then one trial call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gongkai.gateway.resilience.timeout=2s",
				"gongkai.gateway.resilience.instance-circuit.sliding-window-size=4",
				"gongkai.gateway.resilience.instance-circuit.minimum-number-of-calls=3",
				"gongkai.gateway.resilience.instance-circuit.failure-rate-threshold=60",
				"gongkai.gateway.resilience.instance-circuit.wait-duration-in-open-state=8s",
				"gongkai.gateway.resilience.instance-circuit.permitted-calls-in-half-open-state=1" })
@AutoConfigureWebTestClient
class InstanceCircuitTests {

	/** How long an open instance is left out (the setting above). */
	static final Duration WAIT_IN_OPEN_STATE = Duration.ofSeconds(8);

	/**
	 * report-service's second instance; the first is
	 * {@link TestEnvironment#REPORT_SERVICE}.
	 */
	static final WireMockServer SECOND = LocalServers.wireMock();

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		TestEnvironment.registerReportServiceInstances(registry, SECOND::baseUrl);
	}

	/**
	 * Both instances answer once before each test, so that no first call's start-up
	 * (connection pools, the route's filters) on a busy machine counts against an
	 * instance; then every circuit is closed again and every request forgotten.
	 */
	@BeforeEach
	void warmUp() {
		TestEnvironment.reset();
		SECOND.resetAll();
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		TestEnvironment.answerWithOwnNames(SECOND);
		read();
		read();
		TestEnvironment.closeCircuits(this.circuitBreakers);
		TestEnvironment.reset();
		SECOND.resetAll();
	}

	@AfterAll
	static void stopSecond() {
		SECOND.stop();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aSlowInstanceIsLeftOutWhileTheOtherAnswersEveryRequestAndTheServiceStaysAvailable(CapturedOutput output) {
		TestEnvironment.REPORT_SERVICE
			.stubFor(any(anyUrl()).willReturn(okJson("{\"from\":\"first\"}").withFixedDelay(6_000)));
		SECOND.stubFor(any(anyUrl()).willReturn(okJson("{\"from\":\"second\"}")));

		// the slow instance's first calls pass the time limit (503), the other's answer;
		// round robin gives the slow one its third call by the sixth request at the
		// latest
		List<Integer> statuses = new ArrayList<>();
		for (int call = 0; call < 6; call++) {
			statuses.add(read().getStatus().value());
		}
		assertThat(statuses).containsOnly(200, 503).contains(503);

		for (int call = 0; call < 6; call++) {
			assertThat(read().getResponseBody()).as("request %d after the slow instance was left out", call)
				.contains("second");
		}
		assertThat(circuitOf(TestEnvironment.REPORT_SERVICE).getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(serviceCircuit().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut()).as("the access log names the instance that was too slow")
				.containsPattern("GET /api/reports/110000/2024 503 \\d+ms correlationId=\\S+ instance="
						+ hostAndPort(TestEnvironment.REPORT_SERVICE)));
	}

	@Test
	void afterTheWaitATrialCallGoesBackToTheInstanceAndItsRequestsComeBack() {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(serviceUnavailable()));
		SECOND.stubFor(any(anyUrl()).willReturn(okJson("{\"from\":\"second\"}")));
		// reads the first instance cannot serve go to the second: the callers see no
		// failure; the first has its third failure by the third request
		for (int call = 0; call < 4; call++) {
			assertThat(read().getResponseBody()).contains("second");
		}
		long opened = System.nanoTime();
		TestEnvironment.REPORT_SERVICE.resetAll();
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{\"from\":\"first\"}")));

		for (int call = 0; call < 4; call++) {
			assertThat(read().getResponseBody()).as("request %d while the first instance is left out", call)
				.contains("second");
		}
		Awaitility.await()
			.atMost(WAIT_IN_OPEN_STATE.multipliedBy(4))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> read().getResponseBody().contains("first"));

		assertThat(Duration.ofNanos(System.nanoTime() - opened)).as("the trial call came after the wait")
			.isGreaterThanOrEqualTo(WAIT_IN_OPEN_STATE.minusSeconds(1));
		List<String> answeredBy = new ArrayList<>();
		for (int call = 0; call < 4; call++) {
			answeredBy.add(read().getResponseBody());
		}
		assertThat(answeredBy).as("both instances take their share again")
			.anyMatch((body) -> body.contains("first"))
			.anyMatch((body) -> body.contains("second"));
		assertThat(circuitOf(TestEnvironment.REPORT_SERVICE).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void callersWhoGiveUpBeforeTheTimeLimitCountNothingAgainstTheInstance() throws InterruptedException {
		TestEnvironment.REPORT_SERVICE
			.stubFor(any(anyUrl()).willReturn(okJson("{\"from\":\"first\"}").withFixedDelay(6_000)));
		SECOND.stubFor(any(anyUrl()).willReturn(okJson("{\"from\":\"second\"}").withFixedDelay(6_000)));
		WebTestClient impatient = this.client.mutate().responseTimeout(Duration.ofMillis(300)).build();

		for (int call = 0; call < 6; call++) {
			try {
				impatient.get()
					.uri("/api/reports/110000/2024")
					.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
					.exchange();
			}
			catch (IllegalStateException gaveUp) {
				// the caller stopped waiting after 300 ms, as intended
			}
		}
		// past the time limit: a call given up by its caller that were taken for a
		// time-out would have been counted by now
		Thread.sleep(3_000);

		for (WireMockServer instance : List.of(TestEnvironment.REPORT_SERVICE, SECOND)) {
			assertThat(circuitOf(instance).getMetrics().getNumberOfFailedCalls()).isZero();
			assertThat(circuitOf(instance).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		}
	}

	@Test
	void whenEveryInstanceIsUnavailableTheServiceFailsFastWithItsProblem() {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(serviceUnavailable()));
		SECOND.stubFor(any(anyUrl()).willReturn(serviceUnavailable()));

		List<String> reasons = new ArrayList<>();
		while (reasons.isEmpty() || !reasons.get(reasons.size() - 1).contains("circuit-open")) {
			reasons.add(read().getResponseBody());
			assertThat(reasons).as("requests before the service fails fast").hasSizeLessThanOrEqualTo(6);
		}
		int calls = calls(TestEnvironment.REPORT_SERVICE) + calls(SECOND);

		String path = "/api/reports/110000/2024";
		ServiceFallbackAnswer.expect(this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.exchange(), path, "report-service", "circuit-open");
		assertThat(calls(TestEnvironment.REPORT_SERVICE) + calls(SECOND)).as("calls that reached an instance since")
			.isEqualTo(calls);
	}

	private EntityExchangeResult<String> read() {
		return this.client.get()
			.uri("/api/reports/110000/2024")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	/** The circuit of the instance the WireMock server stands for. */
	private CircuitBreaker circuitOf(WireMockServer instance) {
		return this.circuitBreakers.getCircuitBreakerRegistry()
			.find("report-service@" + hostAndPort(instance))
			.orElseThrow();
	}

	private CircuitBreaker serviceCircuit() {
		return this.circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("report-service");
	}

	/** How the gateway names the instance: its host and port. */
	private static String hostAndPort(WireMockServer instance) {
		URI uri = URI.create(instance.baseUrl());
		return uri.getHost() + ":" + uri.getPort();
	}

	private static int calls(WireMockServer instance) {
		return instance.findAll(anyRequestedFor(anyUrl())).size();
	}

}
