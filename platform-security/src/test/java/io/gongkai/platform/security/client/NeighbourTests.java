package io.gongkai.platform.security.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.security.test.LocalServers;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The guarded call against a WireMock neighbour: what is tried again and how often, what
 * is handed back as the neighbour's refusal, the open circuit, and time-outs taken from
 * the settings.
 */
class NeighbourTests {

	@AutoClose("stop")
	private static final WireMockServer neighbour = LocalServers.wireMock();

	private CircuitBreakerRegistry circuitBreakers;

	private RetryRegistry retries;

	@BeforeEach
	void freshNeighbour() {
		neighbour.resetAll();
		this.circuitBreakers = CircuitBreakerRegistry.ofDefaults();
		this.retries = RetryRegistry.ofDefaults();
	}

	@Test
	void aServerErrorIsTriedAgainUpToTheAttemptsOfTheSettingsThenReportedUnavailable() {
		neighbour.stubFor(get("/status").willReturn(aResponse().withStatus(503)));
		Neighbour tenants = neighbour(settings(Duration.ofSeconds(10), 3, 100));

		assertThatExceptionOfType(NeighbourUnavailableException.class)
			.isThrownBy(() -> tenants.call("status of 210000", this::status))
			.withMessage("tenant-service status of 210000: answered 503")
			.satisfies((unavailable) -> assertThat(unavailable.unreadableAnswer()).isFalse());
		neighbour.verify(3, getRequestedFor(urlEqualTo("/status")));
	}

	@Test
	void aServiceRaisesItsOwnExceptionWhenItsNeighbourIsUnavailable() {
		neighbour.stubFor(get("/status").willReturn(aResponse().withStatus(503)));
		Neighbour tenants = neighbour(settings(Duration.ofSeconds(10), 1, 100))
			.whenUnavailable((unavailable) -> new IllegalStateException("unavailable: " + unavailable.what()));

		assertThatIllegalStateException().isThrownBy(() -> tenants.call("status of 210000", this::status))
			.withMessage("unavailable: status of 210000");
	}

	@Test
	void aCallThatSucceedsOnItsSecondAttemptAnswers() {
		neighbour.stubFor(get("/status").inScenario("flaky")
			.whenScenarioStateIs("Started")
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("recovered"));
		neighbour.stubFor(get("/status").inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"status\":\"active\"}")));

		String status = neighbour(settings(Duration.ofSeconds(10), 3, 100)).call("status of 210000", this::status);

		assertThat(status).contains("active");
		neighbour.verify(2, getRequestedFor(urlEqualTo("/status")));
	}

	@Test
	void aRefusalIsHandedBackAtOnceAndNeverTriedAgain() {
		neighbour.stubFor(get("/status").willReturn(aResponse().withStatus(404)));
		Neighbour tenants = neighbour(settings(Duration.ofSeconds(10), 3, 100));

		assertThatExceptionOfType(NeighbourRefusedException.class)
			.isThrownBy(() -> tenants.call("status of 990000", this::status))
			.withMessage("tenant-service status of 990000: refused the request (404)")
			.satisfies((refused) -> assertThat(refused.notFound()).isTrue());
		neighbour.verify(1, getRequestedFor(urlEqualTo("/status")));
	}

	@Test
	void refusalsDoNotOpenTheCircuit() {
		neighbour.stubFor(get("/status").willReturn(aResponse().withStatus(404)));
		Neighbour tenants = neighbour(settings(Duration.ofSeconds(10), 1, 2));

		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(NeighbourRefusedException.class)
				.isThrownBy(() -> tenants.call("status of 990000", this::status));
		}
		neighbour.verify(5, getRequestedFor(urlEqualTo("/status")));
	}

	@Test
	void anOpenCircuitAnswersAtOnceWithoutCallingTheNeighbour() {
		neighbour.stubFor(get("/status").willReturn(aResponse().withStatus(500)));
		Neighbour tenants = neighbour(settings(Duration.ofSeconds(10), 1, 2));
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(NeighbourUnavailableException.class)
				.isThrownBy(() -> tenants.call("status of 210000", this::status));
		}
		neighbour.resetRequests();
		neighbour.stubFor(get("/status").willReturn(okJson("{}").withFixedDelay(3000)));

		long started = System.nanoTime();
		assertThatExceptionOfType(NeighbourUnavailableException.class)
			.isThrownBy(() -> tenants.call("status of 210000", this::status))
			.withMessage("tenant-service status of 210000: circuit breaker open after repeated failures; not called");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
		neighbour.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void theReadTimeOutIsTheOneOfTheSettings() {
		neighbour.stubFor(get("/status").willReturn(okJson("{\"status\":\"active\"}").withFixedDelay(1500)));

		long started = System.nanoTime();
		assertThatExceptionOfType(NeighbourUnavailableException.class)
			.isThrownBy(() -> neighbour(settings(Duration.ofMillis(250), 1, 10)).call("status of 210000", this::status))
			.withMessage("tenant-service status of 210000: no answer within 250 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1200));

		assertThat(neighbour(settings(Duration.ofSeconds(5), 1, 10)).call("status of 210000", this::status))
			.contains("active");
	}

	@Test
	void anAnswerTheCallCannotUseIsTriedAgainAndReportedAsMalformed() {
		neighbour.stubFor(get("/status").willReturn(okJson("{\"status\":")));
		Neighbour tenants = neighbour(settings(Duration.ofSeconds(10), 2, 100));

		assertThatExceptionOfType(NeighbourUnavailableException.class)
			.isThrownBy(() -> tenants.call("status of 210000",
					(rest) -> rest.get().uri("/status").retrieve().body(Status.class)))
			.withMessage("tenant-service status of 210000: sent a malformed answer: unreadable answer")
			.satisfies((unavailable) -> assertThat(unavailable.unreadableAnswer()).isTrue());
		neighbour.verify(2, getRequestedFor(urlEqualTo("/status")));
	}

	@Test
	void aRequestThatCreatesSomethingIsNotRepeatedOnceTheNeighbourHasIt() {
		neighbour.stubFor(post("/users").willReturn(aResponse().withStatus(502)));
		Neighbour keycloak = neighbour(settings(Duration.ofSeconds(10), 3, 100));

		assertThatExceptionOfType(NeighbourUnavailableException.class)
			.isThrownBy(() -> keycloak.callOnce("create the account",
					(rest) -> rest.post().uri("/users").retrieve().toBodilessEntity()))
			.withMessage("tenant-service create the account: answered 502");
		neighbour.verify(1, postRequestedFor(urlEqualTo("/users")));
	}

	@Test
	void aRequestThatCreatesSomethingIsRepeatedWhenTheNeighbourWasNeverReached() {
		NeighbourSettings nowhere = settings(Duration.ofSeconds(1), 3, 100).at(URI.create("http://127.0.0.1:9"));
		Neighbour closed = clients().withCallersToken("tenant-service", nowhere);

		assertThatExceptionOfType(NeighbourUnavailableException.class)
			.isThrownBy(() -> closed.callOnce("create the account",
					(rest) -> rest.post().uri("/users").retrieve().toBodilessEntity()))
			.withMessageStartingWith("tenant-service create the account: connection failed");
		assertThat(this.retries.retry("tenant-service-not-connected")
			.getMetrics()
			.getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
	}

	@Test
	void theCallersTokenReachesTheNeighbourAndItsRefusalReachesTheCaller() {
		neighbour.stubFor(get("/status").willReturn(aResponse().withStatus(403)));
		Neighbour reports = neighbour(settings(Duration.ofSeconds(10), 3, 100));

		assertThatExceptionOfType(NeighbourRefusedException.class).isThrownBy(() -> reports.call("list of reports",
				(rest) -> rest.get()
					.uri("/status")
					.header(HttpHeaders.AUTHORIZATION, "Bearer caller")
					.retrieve()
					.body(String.class)))
			.satisfies((refused) -> assertThat(refused.status()).isEqualTo(403));
		neighbour.verify(1, getRequestedFor(urlEqualTo("/status")).withHeader(HttpHeaders.AUTHORIZATION,
				com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer caller")));
	}

	@Test
	void aNeighbourRefusingTheServiceAccountIsUnavailableAndNotAskedAgain() {
		neighbour.stubFor(get("/status").willReturn(aResponse().withStatus(403)));
		ClientRegistration registration = ClientRegistration.withRegistrationId(ServiceAccountClients.REGISTRATION)
			.clientId(ServiceAccountClients.REGISTRATION)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri("http://127.0.0.1:9/token")
			.build();
		OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "service-token",
				Instant.now(), Instant.now().plusSeconds(300));
		ServiceAccountClients clients = new ServiceAccountClients(
				(request) -> new OAuth2AuthorizedClient(registration, "service", token), this.circuitBreakers,
				this.retries, Duration.ofSeconds(1));
		Neighbour tenants = clients.asServiceAccount("tenant-service", settings(Duration.ofSeconds(10), 3, 100));

		assertThatExceptionOfType(NeighbourUnavailableException.class)
			.isThrownBy(() -> tenants.call("status of 210000", this::status))
			.withMessage("tenant-service status of 210000: refused the platform's service account (403)");
		neighbour.verify(1, getRequestedFor(urlEqualTo("/status")).withHeader(HttpHeaders.AUTHORIZATION,
				com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer service-token")));
	}

	private String status(org.springframework.web.client.RestClient rest) {
		return rest.get().uri("/status").retrieve().body(String.class);
	}

	private Neighbour neighbour(NeighbourSettings settings) {
		return clients().withCallersToken("tenant-service", settings);
	}

	private ServiceAccountClients clients() {
		return new ServiceAccountClients((request) -> null, this.circuitBreakers, this.retries, Duration.ofSeconds(1));
	}

	/**
	 * Settings with a test-sized retry pause and open state; the circuit judges the last
	 * {@code window} calls, all of them.
	 */
	private static NeighbourSettings settings(Duration readTimeout, int attempts, int window) {
		return new NeighbourSettings(URI.create(neighbour.baseUrl()), Duration.ofMillis(500), readTimeout, attempts,
				Duration.ofMillis(10), window, window, 50, Duration.ofSeconds(30));
	}

	record Status(String status) {

	}

}
