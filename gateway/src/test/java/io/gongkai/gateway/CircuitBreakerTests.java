package io.gongkai.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The circuit breakers of services with one instance each, with test-sized thresholds: 4
 * calls decide, half of them failing opens the circuit, a service has 500 ms to answer,
 * and an open circuit stays open for the rest of the run. The circuits are the
 * instances': with one instance, that instance's circuit is the service's, and a caller
 * sees what a circuit per service gave. Each test uses its own service, so their circuits
 * do not mix; the tests that count tenant-service's calls reset its circuit first.
 */
@TestPropertySource(properties = { "gongkai.gateway.resilience.timeout=500ms",
		"gongkai.gateway.resilience.instance-circuit.sliding-window-size=4",
		"gongkai.gateway.resilience.instance-circuit.minimum-number-of-calls=4",
		"gongkai.gateway.resilience.instance-circuit.failure-rate-threshold=50",
		"gongkai.gateway.resilience.instance-circuit.wait-duration-in-open-state=10m" })
class CircuitBreakerTests extends GatewayTest {

	/**
	 * An answer given without calling the service: below the 500 ms time limit, so that
	 * an answer that had waited for a stuck service could not be this fast, with room for
	 * a busy machine's pauses (200 ms was once passed by a pause there).
	 */
	private static final Duration FAST = Duration.ofMillis(400);

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@Test
	void repeatedUnavailableAnswersOpenTheCircuitAndTheFallbackThenAnswersAtOnce() {
		TestEnvironment.REPORT_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));

		for (int call = 0; call < 4; call++) {
			expectFallback("/api/reports/110000/2024", "report-service", "server-error");
		}
		long started = System.nanoTime();
		expectFallback("/api/reports/110000/2024", "report-service", "circuit-open");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isLessThan(FAST);
		assertThat(calls(TestEnvironment.REPORT_SERVICE)).as("calls that reached the service").isEqualTo(4);
	}

	@Test
	void repeatedTimeOutsOpenTheCircuitAndTheFallbackThenAnswersAtOnce() {
		TestEnvironment.ANALYTICS_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(2_000)));

		for (int call = 0; call < 4; call++) {
			long started = System.nanoTime();
			expectFallback("/api/analytics/national/2024", "analytics-service", "timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a time-out answers after the time limit")
				.isLessThan(Duration.ofMillis(1_500));
		}
		long started = System.nanoTime();
		expectFallback("/api/analytics/national/2024", "analytics-service", "circuit-open");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isLessThan(FAST);
		assertThat(calls(TestEnvironment.ANALYTICS_SERVICE)).as("calls that reached the service").isEqualTo(4);
	}

	@Test
	void aServiceAnsweringWithinTheTimeLimitIsNotCutOffAndItsClientErrorsPassThrough() {
		TestEnvironment.TENANT_SERVICE.stubFor(get("/api/tenants/slow").willReturn(okJson("{}").withFixedDelay(300)));
		TestEnvironment.TENANT_SERVICE.stubFor(get("/api/tenants/missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://gongkai.io/problems/not-found\"}")));

		for (int call = 0; call < 5; call++) {
			call("/api/tenants/slow").expectStatus().isOk();
			call("/api/tenants/missing").expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://gongkai.io/problems/not-found");
		}
	}

	@Test
	void aServicesInternalErrorsAreRelayedToTheirCallerAndDoNotOpenTheCircuit() {
		resetCircuitOf("tenant-service");
		TestEnvironment.TENANT_SERVICE.stubFor(get("/api/tenants/broken").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://gongkai.io/problems/internal-error\"}")));

		for (int call = 0; call < 8; call++) {
			call("/api/tenants/broken").expectStatus()
				.isEqualTo(500)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://gongkai.io/problems/internal-error");
		}

		assertThat(circuitOf("tenant-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void gatewayAndTimeoutAnswersOfTheServiceCountAsItsFailures() {
		resetCircuitOf("tenant-service");
		TestEnvironment.TENANT_SERVICE.stubFor(get("/api/tenants/bad-gateway").willReturn(aResponse().withStatus(502)));
		TestEnvironment.TENANT_SERVICE
			.stubFor(get("/api/tenants/gateway-timeout").willReturn(aResponse().withStatus(504)));

		expectFallback("/api/tenants/bad-gateway", "tenant-service", "server-error");
		expectFallback("/api/tenants/gateway-timeout", "tenant-service", "server-error");

		assertThat(circuitOf("tenant-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
		resetCircuitOf("tenant-service");
	}

	@Test
	void twoHundredMalformedRequestsOfOneProvinceDoNotTakeTheServiceAwayFromAnother() {
		resetCircuitOf("tenant-service");
		// what a service answers to malformed input: 400/422 problems, and a 500 where
		// the
		// input meets a bug (as a non-ASCII Idempotency-Key once did)
		TestEnvironment.TENANT_SERVICE.stubFor(post(urlPathMatching("/api/tenants/620000/.*")).atPriority(5)
			.willReturn(problem(400, "malformed-body")));
		TestEnvironment.TENANT_SERVICE.stubFor(post(urlPathMatching("/api/tenants/620000/.*")).atPriority(3)
			.withRequestBody(containing("$gt"))
			.willReturn(problem(422, "invalid-request")));
		TestEnvironment.TENANT_SERVICE.stubFor(post(urlPathMatching("/api/tenants/620000/.*")).atPriority(1)
			.withHeader("Idempotency-Key", matching(".*"))
			.willReturn(problem(500, "internal-error")));
		TestEnvironment.TENANT_SERVICE
			.stubFor(get("/api/tenants/210000/agencies").willReturn(okJson("{\"agencies\":[]}")));
		List<String> bodies = List.of("{", "{\"id\": {\"$gt\": \"\"}}", "{\"year\": 2021.5}", "[]",
				"{\"name\": \"\\ud800\"}", "\u0000");

		Map<Integer, Integer> statuses = new TreeMap<>();
		for (int request = 0; request < 200; request++) {
			String body = bodies.get(request % bodies.size());
			boolean withBadKey = request % 3 == 0;
			int status = this.client.post().uri("/api/tenants/620000/agencies").headers((headers) -> {
				headers.setBearerAuth(TestTokens.ofProvince("620000"));
				if (withBadKey) {
					headers.set("Idempotency-Key", "键");
				}
			})
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.returnResult(byte[].class)
				.getStatus()
				.value();
			statuses.merge(status, 1, Integer::sum);
		}

		assertThat(statuses).as("what the malformed requests got: the service's own answers, relayed")
			.containsOnlyKeys(400, 422, 500);
		assertThat(circuitOf("tenant-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(circuitOf("tenant-service").getMetrics().getNumberOfFailedCalls()).isZero();
		for (int request = 0; request < 5; request++) {
			this.client.get()
				.uri("/api/tenants/210000/agencies")
				.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("210000")))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.agencies")
				.isArray();
		}
	}

	@Test
	void aServiceThatDropsTheConnectionIsAnsweredByTheFallback() {
		TestEnvironment.TENANT_SERVICE
			.stubFor(get("/v3/api-docs").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		expectFallback("/v3/api-docs/tenants", "tenant-service", "unreachable");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theFallbacksWarningCarriesTheRequestsCorrelationId(CapturedOutput output) {
		// the fallback itself, so that no circuit of the other tests counts this call
		this.client.get()
			.uri("/fallback/analytics-service")
			.header("X-Correlation-Id", "fallback-line-3")
			.exchange()
			.expectStatus()
			.isEqualTo(503);

		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut())
				.containsPattern("\\[fallback-line-3\\] .*analytics-service answered by the fallback"));
	}

	private void expectFallback(String path, String service, String reason) {
		ServiceFallbackAnswer.expect(call(path), path, service, reason);
	}

	private WebTestClient.ResponseSpec call(String path) {
		return this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("310000")))
			.exchange();
	}

	/** The circuit of the service's only instance, once a call has gone to it. */
	private CircuitBreaker circuitOf(String service) {
		return instanceCircuits(service).findFirst().orElseThrow();
	}

	private void resetCircuitOf(String service) {
		instanceCircuits(service).forEach(CircuitBreaker::reset);
	}

	private Stream<CircuitBreaker> instanceCircuits(String service) {
		return this.circuitBreakers.getCircuitBreakerRegistry()
			.getAllCircuitBreakers()
			.stream()
			.filter((circuit) -> circuit.getName().startsWith(service + "@"));
	}

	private static ResponseDefinitionBuilder problem(int status, String kind) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://gongkai.io/problems/" + kind + "\"}");
	}

	private static int calls(WireMockServer service) {
		return service.findAll(anyRequestedFor(anyUrl())).size();
	}

}
