package io.gongkai.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser signs in through the gateway (authorization code flow against a WireMock
 * Keycloak) and its API calls then reach the services with the session's access token.
 */
class BrowserSessionTests extends GatewayTest {

	/** The access token the fake Keycloak issued at the last sign-in. */
	private String accessToken;

	private static final String TOKEN_PATH = TestEnvironment.REALM_PATH + "/protocol/openid-connect/token";

	private static final String USER_INFO_PATH = TestEnvironment.REALM_PATH + "/protocol/openid-connect/userinfo";

	@Test
	void aSignedInBrowsersApiCallsReachTheServiceWithTheSessionsAccessToken() {
		String session = signIn();
		TestEnvironment.REPORT_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{\"reports\":[]}")));

		this.client.get()
			.uri("/api/reports/110000/2024")
			.cookie("SESSION", session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reports")
			.isArray();

		TestEnvironment.REPORT_SERVICE.verify(getRequestedFor(urlEqualTo("/api/reports/110000/2024"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + this.accessToken)));
	}

	@Test
	void aSignedInBrowserMustSendTheCsrfTokenToChangeData() {
		String session = signIn();

		this.client.post()
			.uri("/api/reports/110000/2024")
			.cookie("SESSION", session)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/forbidden");
	}

	/** Walks the authorization code flow and returns the signed-in session's cookie. */
	private String signIn() {
		EntityExchangeResult<byte[]> authorization = this.client.get()
			.uri("/oauth2/authorization/gongkai-web")
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		URI keycloakLogin = authorization.getResponseHeaders().getLocation();
		Map<String, String> query = UriComponentsBuilder.fromUri(keycloakLogin)
			.build()
			.getQueryParams()
			.toSingleValueMap();
		String state = URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8);
		String nonce = URLDecoder.decode(query.get("nonce"), StandardCharsets.UTF_8);
		String subject = UUID.randomUUID().toString();
		this.accessToken = TestTokens.token().subject(subject).province("110000").sign();
		String idToken = TestTokens.token()
			.subject(subject)
			.province("110000")
			.audience("gongkai-web")
			.nonce(nonce)
			.sign();
		TestEnvironment.KEYCLOAK.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"" + this.accessToken
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid profile\",\"id_token\":\""
				+ idToken + "\"}")));
		TestEnvironment.KEYCLOAK.stubFor(get(USER_INFO_PATH)
			.willReturn(okJson("{\"sub\":\"" + subject + "\",\"preferred_username\":\"reporter\"}")));

		ResponseCookie signedIn = this.client.get()
			.uri((uri) -> uri.path("/login/oauth2/code/gongkai-web")
				.queryParam("code", "keycloak-code")
				.queryParam("state", "{state}")
				.build(state))
			.cookie("SESSION", authorization.getResponseCookies().getFirst("SESSION").getValue())
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst("SESSION");
		TestEnvironment.KEYCLOAK.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
		assertThat(signedIn).as("session cookie after sign-in").isNotNull();
		return signedIn.getValue();
	}

}
