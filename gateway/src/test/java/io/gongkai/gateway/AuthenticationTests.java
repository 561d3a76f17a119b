package io.gongkai.gateway;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.server.session.WebSessionManager;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
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
import static org.hamcrest.Matchers.startsWith;

/**
 * API calls need a valid Keycloak token and are answered 401 problems otherwise, never
 * redirects; browsers without a session are sent to Keycloak to sign in. An API call with
 * a bearer token, or with no cookie, is handled without any browser session: none is
 * opened, looked up or answered with a cookie.
 */
class AuthenticationTests extends GatewayTest {

	@Autowired
	WebSessionManager sessions;

	@Test
	void aCallWithABearerTokenReachesTheServiceWithItAndOpensNoSession() {
		TestEnvironment.REPORT_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{\"reports\":[]}")));
		String token = TestTokens.ofProvince("110000");

		try (SessionsTouched touched = SessionsTouched.watch(this.sessions)) {
			this.client.get()
				.uri("/api/reports/110000/2024")
				.headers((headers) -> headers.setBearerAuth(token))
				.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist(HttpHeaders.SET_COOKIE)
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.value("Content-Security-Policy", (policy) -> assertThat(policy).contains("frame-ancestors 'none'"));
			assertThat(touched.count()).as("sessions opened or looked up").isZero();
		}
		TestEnvironment.REPORT_SERVICE.verify(getRequestedFor(urlEqualTo("/api/reports/110000/2024"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
	}

	@Test
	void aWriteWithABearerTokenNeedsNoCsrfTokenEvenWithCookies() {
		TestEnvironment.REPORT_SERVICE.stubFor(post(anyUrl()).willReturn(okJson("{\"id\":\"r1\"}")));
		String token = TestTokens.ofProvince("110000");

		this.client.post()
			.uri("/api/reports")
			.headers((headers) -> headers.setBearerAuth(token))
			.cookie("SESSION", "a-session-this-gateway-never-opened")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		TestEnvironment.REPORT_SERVICE.verify(postRequestedFor(urlEqualTo("/api/reports"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token)));
	}

	@Test
	void theCallsOfAnyoneWithoutSigningInOpenNoSession() {
		TestEnvironment.REPORT_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{\"items\":[]}")));

		try (SessionsTouched touched = SessionsTouched.watch(this.sessions)) {
			this.client.get()
				.uri("/api/public/reports?province=440000")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist(HttpHeaders.SET_COOKIE);
			this.client.get()
				.uri("/api/reports/110000/2024")
				.accept(MediaType.TEXT_HTML)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.doesNotExist(HttpHeaders.SET_COOKIE)
				.expectBody()
				.jsonPath("$.title")
				.isEqualTo("需要登录");
			assertThat(touched.count()).as("sessions opened or looked up").isZero();
		}
	}

	@Test
	void aCallWithoutTokenIsRefusedWithAProblemAndABearerChallenge() {
		this.client.get()
			.uri("/api/reports/110000/2024")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer"))
			.expectHeader()
			.exists("X-Correlation-Id")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/unauthenticated")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isEqualTo("需要登录")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("Authorization: Bearer"))
			.jsonPath("$.instance")
			.isEqualTo("/api/reports/110000/2024");

		assertThat(TestEnvironment.REPORT_SERVICE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void aChangeWithoutTokenIsRefusedWith401NotWithACsrfError() {
		this.client.post()
			.uri("/api/reports/110000/2024/imports")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("report text")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/unauthenticated");
	}

	static List<Arguments> refusedTokens() {
		return List.of(
				Arguments.of("signed by another key", TestTokens.token().province("110000").signedByAnotherKey()),
				Arguments.of("issued by another realm",
						TestTokens.token()
							.province("110000")
							.issuer(TestEnvironment.KEYCLOAK.baseUrl() + "/realms/other")),
				Arguments.of("meant for another audience", TestTokens.token().province("110000").audience("account")),
				Arguments.of("expired beyond the clock skew",
						TestTokens.token().province("110000").expiresAt(Instant.now().minusSeconds(300))));
	}

	@ParameterizedTest(name = "a token {0} is refused")
	@MethodSource("refusedTokens")
	void aTokenThatFailsValidationIsRefusedWith401(String why, TestTokens.Builder token) {
		TestEnvironment.TENANT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("{}")));

		this.client.get()
			.uri("/api/tenants/provinces")
			.headers((headers) -> headers.setBearerAuth(token.sign()))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer"))
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (value) -> assertThat(value).contains("invalid_token"))
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/unauthenticated")
			.jsonPath("$.title")
			.isEqualTo("需要登录")
			.jsonPath("$.instance")
			.isEqualTo("/api/tenants/provinces");

		assertThat(TestEnvironment.TENANT_SERVICE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void aBrowserWithoutSessionIsSentToKeycloakToSignIn() {
		String login = this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		assertThat(login).isEqualTo("/oauth2/authorization/gongkai-web");

		this.client.get()
			.uri(login)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value(HttpHeaders.LOCATION, startsWith(TestEnvironment.issuerUri() + "/protocol/openid-connect/auth?"))
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).contains("client_id=gongkai-web"));
	}

}
