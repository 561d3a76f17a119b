package io.gongkai.platform.security.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.gongkai.platform.security.test.LocalServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service called at several instances: the calls are spread over them, with the service
 * account's token, and an instance that is gone is passed over.
 */
class ServiceAccountClientsTests {

	private final WireMockServer first = LocalServers.wireMock();

	private final WireMockServer second = LocalServers.wireMock();

	private final ServiceAccountClients clients = new ServiceAccountClients(tokenOf("service-token"),
			CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults(), Duration.ofSeconds(2));

	@AfterEach
	void stop() {
		this.first.stop();
		this.second.stop();
	}

	@Test
	void callsAreSpreadOverEveryInstanceWithTheServiceAccountsToken() {
		for (WireMockServer server : List.of(this.first, this.second)) {
			server.stubFor(get("/api/tenants/110000?x=%E4%B8%80").willReturn(okJson("{}")));
		}
		Neighbour tenants = neighbour(this.first.baseUrl() + "," + this.second.baseUrl());

		for (int call = 0; call < 4; call++) {
			tenants.call("tenant 110000",
					(rest) -> rest.get().uri("/api/tenants/{code}?x={x}", "110000", "一").retrieve().toBodilessEntity());
		}

		for (WireMockServer server : List.of(this.first, this.second)) {
			server.verify(2, getRequestedFor(urlEqualTo("/api/tenants/110000?x=%E4%B8%80")).withHeader("Authorization",
					equalTo("Bearer service-token")));
		}
	}

	@Test
	void anInstanceThatIsGoneIsPassedOverAndAWriteReachesAnotherOnce() {
		this.first.stubFor(post("/api/things").willReturn(okJson("{}")));
		Neighbour things = neighbour("http://127.0.0.1:" + LocalServers.freePort() + "," + this.first.baseUrl()
				+ ",http://127.0.0.1:" + LocalServers.freePort());

		List<Integer> statuses = new ArrayList<>();
		for (int call = 0; call < 6; call++) {
			String body = "{\"call\":" + call + "}";
			statuses.add(things.callOnce("thing",
					(rest) -> rest.post()
						.uri("/api/things")
						.body(body)
						.retrieve()
						.toBodilessEntity()
						.getStatusCode()
						.value()));
		}

		assertThat(statuses).containsOnly(200);
		for (int call = 0; call < 6; call++) {
			this.first.verify(1,
					postRequestedFor(urlEqualTo("/api/things")).withRequestBody(equalTo("{\"call\":" + call + "}")));
		}
	}

	@Test
	void oneUriIsOneInstanceAsBefore() {
		this.first.stubFor(get("/api/ping").willReturn(okJson("{}")));
		neighbour(this.first.baseUrl()).call("ping",
				(rest) -> rest.get().uri("/api/ping").retrieve().toBodilessEntity());

		assertThat(this.first.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
	}

	private Neighbour neighbour(String uris) {
		return this.clients.asServiceAccount("tenant-service", new NeighbourSettings(URI.create(uris),
				Duration.ofSeconds(2), Duration.ofSeconds(30), 1, Duration.ZERO, 10, 5, 50, Duration.ofSeconds(30)));
	}

	private static OAuth2AuthorizedClientManager tokenOf(String value) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(ServiceAccountClients.REGISTRATION)
			.clientId("gongkai-service")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri("http://127.0.0.1:1/token")
			.build();
		OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, Instant.now(),
				Instant.now().plusSeconds(300));
		return (request) -> new OAuth2AuthorizedClient(registration, "gongkai-service", token);
	}

}
