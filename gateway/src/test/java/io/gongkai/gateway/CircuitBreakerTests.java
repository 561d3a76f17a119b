package io.gongkai.gateway;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The circuit breakers, with test-sized thresholds: 4 calls decide, half of them failing
 * opens the circuit, a service has 500 ms to answer, and an open circuit stays open for
 * the rest of the run. Each test uses its own service, so their circuits do not mix.
 */
@TestPropertySource(properties = { "gongkai.gateway.resilience.timeout=500ms",
		"gongkai.gateway.resilience.sliding-window-size=4", "gongkai.gateway.resilience.minimum-number-of-calls=4",
		"gongkai.gateway.resilience.failure-rate-threshold=50",
		"gongkai.gateway.resilience.wait-duration-in-open-state=10m" })
class CircuitBreakerTests extends GatewayTest {

	private static final Duration FAST = Duration.ofMillis(200);

	@Test
	void repeatedServerErrorsOpenTheCircuitAndTheFallbackThenAnswersAtOnce() {
		TestEnvironment.REPORT_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));

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
		call(path).expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "60")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/service-unavailable")
			.jsonPath("$.detail")
			.isEqualTo(service + " is unavailable or too slow; try again in a minute")
			.jsonPath("$.instance")
			.isEqualTo(path)
			.jsonPath("$.reason")
			.isEqualTo(reason);
	}

	private WebTestClient.ResponseSpec call(String path) {
		return this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("310000")))
			.exchange();
	}

	private static int calls(WireMockServer service) {
		return service.findAll(anyRequestedFor(anyUrl())).size();
	}

}
