package io.gongkai.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each API reaches its service with the caller's token and a correlation id; the
 * services' OpenAPI documents, the Swagger UI and health are public.
 */
@ExtendWith(OutputCaptureExtension.class)
class RoutingTests extends GatewayTest {

	@LocalServerPort
	int port;

	static List<Arguments> routes() {
		return List.of(Arguments.of("/api/tenants/provinces/110000", "tenant-service"),
				Arguments.of("/api/reports/110000/2024", "report-service"),
				Arguments.of("/api/analytics/national/2024", "analytics-service"));
	}

	@ParameterizedTest(name = "{0} reaches {1}")
	@MethodSource("routes")
	void validTokenReachesTheRightServiceWithItsTokenAndCorrelationId(String path, String service) {
		for (WireMockServer server : services()) {
			// a service echoes the id: the caller must still get it once
			server.stubFor(any(anyUrl()).willReturn(
					okJson("{\"from\":\"" + nameOf(server) + "\"}").withHeader("X-Correlation-Id", "trace-42")));
		}
		String token = TestTokens.ofProvince("110000");

		this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token))
			.header("X-Correlation-Id", "trace-42")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Correlation-Id", "trace-42")
			.expectBody()
			.jsonPath("$.from")
			.isEqualTo(service);

		for (WireMockServer server : services()) {
			int expected = nameOf(server).equals(service) ? 1 : 0;
			assertThat(server.findAll(anyRequestedFor(anyUrl()))).as(nameOf(server)).hasSize(expected);
		}
		serverNamed(service)
			.verify(getRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + token))
				.withHeader("X-Correlation-Id", equalTo("trace-42")));
	}

	@Test
	void anInsaneCorrelationIdIsReplacedByANewOneThatTheServiceAlsoGets() {
		TestEnvironment.REPORT_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{}")));

		String returned = this.client.get()
			.uri("/api/reports/110000/2024")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.header("X-Correlation-Id", "evil\tid; drop table")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Correlation-Id");

		assertThat(UUID.fromString(returned)).isNotNull();
		TestEnvironment.REPORT_SERVICE
			.verify(getRequestedFor(anyUrl()).withHeader("X-Correlation-Id", equalTo(returned)));
	}

	@Test
	void everyRequestIsLoggedWithMethodPathStatusDurationAndCorrelationIdButNeverItsToken(CapturedOutput output) {
		TestEnvironment.TENANT_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{}")));
		String token = TestTokens.ofProvince("110000");

		this.client.get()
			.uri("/api/tenants/provinces/110000?secret=do-not-log")
			.headers((headers) -> headers.setBearerAuth(token))
			.header("X-Correlation-Id", "log-line-7")
			.exchange()
			.expectStatus()
			.isOk();

		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut())
				.containsPattern("GET /api/tenants/provinces/110000 200 \\d+ms correlationId=log-line-7"));
		assertThat(output.getAll()).doesNotContain(token)
			.doesNotContain(token.substring(token.lastIndexOf('.') + 1))
			.doesNotContain("do-not-log");
	}

	@Test
	void manyConcurrentCallsToOneServiceAreAllServed() {
		TestEnvironment.ANALYTICS_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(300)));
		String token = TestTokens.ofProvince("120000");
		WebClient webClient = WebClient.create("http://127.0.0.1:" + this.port);

		List<Integer> statuses = Flux.range(0, 40)
			.flatMap(
					(call) -> webClient.get()
						.uri("/api/analytics/national/2024?call=" + call)
						.headers((headers) -> headers.setBearerAuth(token))
						.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())),
					40)
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(statuses).hasSize(40).containsOnly(200);
	}

	@Test
	void theOpenApiOfAServiceIsPublicThroughTheGateway() {
		TestEnvironment.REPORT_SERVICE.stubFor(get("/v3/api-docs")
			.willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"report-service\"}}")));

		this.client.get()
			.uri("/v3/api-docs/reports")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("report-service");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSwaggerUiListsTheThreeServicesAndTheGatewaysOwnWithTheApiKeys() {
		this.client.get()
			.uri("/v3/api-docs/gateway/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].url")
			.value((urls) -> assertThat((List<Object>) urls).containsExactlyInAnyOrder("/v3/api-docs/tenants",
					"/v3/api-docs/reports", "/v3/api-docs/analytics", "/v3/api-docs/gateway"));
	}

	@Test
	void theSwaggerUiIsServedWithoutToken() {
		String page = this.client.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();

		this.client.get()
			.uri(page)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

	@Test
	void healthAndItsProbesArePublic() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	private static List<WireMockServer> services() {
		return List.of(TestEnvironment.TENANT_SERVICE, TestEnvironment.REPORT_SERVICE,
				TestEnvironment.ANALYTICS_SERVICE);
	}

	private static WireMockServer serverNamed(String service) {
		return services().stream().filter((server) -> nameOf(server).equals(service)).findFirst().orElseThrow();
	}

	private static String nameOf(WireMockServer server) {
		if (server == TestEnvironment.TENANT_SERVICE) {
			return "tenant-service";
		}
		return (server == TestEnvironment.REPORT_SERVICE) ? "report-service" : "analytics-service";
	}

}
