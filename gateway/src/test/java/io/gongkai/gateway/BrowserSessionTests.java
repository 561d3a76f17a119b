package io.gongkai.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
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
			.isEqualTo("https://gongkai.io/problems/forbidden")
			.jsonPath("$.title")
			.isEqualTo("不允许")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("CSRF"));
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(postRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void aSignedInBrowsersSessionDoesNotMakeUpForATokenRefusedBesideIt() {
		String session = signIn();
		TestEnvironment.REPORT_SERVICE.stubFor(get(anyUrl()).willReturn(okJson("{\"reports\":[]}")));
		String expired = TestTokens.token().province("110000").expiresAt(Instant.now().minusSeconds(300)).sign();

		this.client.get()
			.uri("/api/reports/110000/2024")
			.cookie("SESSION", session)
			.headers((headers) -> headers.setBearerAuth(expired))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/unauthenticated")
			.jsonPath("$.title")
			.isEqualTo("需要登录");
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(getRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void theSessionEndpointTellsThePagesWhoIsSignedInAndTheCsrfTokenThatLetsThemChangeData() {
		String session = signIn();
		TestEnvironment.REPORT_SERVICE.stubFor(post(anyUrl()).willReturn(okJson("{\"id\":\"r1\"}")));

		EntityExchangeResult<Map<String, Object>> answer = readSession(session);
		Map<String, Object> user = answer.getResponseBody();
		assertThat(user).containsEntry("username", "reporter")
			.containsEntry("province", "110000")
			.containsEntry("agency", "110000-01")
			.containsEntry("roles", List.of("agency-reporter"));
		@SuppressWarnings("unchecked")
		Map<String, String> csrf = (Map<String, String>) user.get("csrf");

		this.client.post()
			.uri("/api/reports")
			.cookie("SESSION", session)
			.cookie("XSRF-TOKEN", csrfCookie(answer))
			.header(csrf.get("headerName"), csrf.get("token"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
		TestEnvironment.REPORT_SERVICE.verify(postRequestedFor(urlEqualTo("/api/reports"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + this.accessToken)));
	}

	@Test
	void withoutASessionTheSessionEndpointAnswersAProblemAndThePagesSendTheBrowserToSignIn() {
		this.client.get()
			.uri("/web/session")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/gongkai-web");
	}

	@Test
	void thePagesCodeAndLibrariesAreServedWithAPolicyThatAllowsNoOtherOrigin() {
		for (String path : List.of("/app/main.js", "/webjars/vue/dist/vue.esm-browser.prod.js",
				"/webjars/echarts/echarts.esm.min.js")) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith("text/javascript")
				.expectHeader()
				.value("Content-Security-Policy",
						(policy) -> assertThat(policy)
							.contains("default-src 'self'", "script-src 'self' 'unsafe-eval';",
									"frame-ancestors 'none'")
							.contains("form-action 'self' " + TestEnvironment.KEYCLOAK.baseUrl()));
		}
	}

	@Test
	void thePagesGetTheProvinceListOfTenantServiceWithNamesInBothLanguages() {
		String csv = this.client.get()
			.uri("/app/provinces.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).startsWith("code,name,tenant,short_name,name_en,short_name_en")
			.contains("210000,辽宁省,yes,辽宁,Liaoning,Liaoning", "810000,香港特别行政区,no,香港,Hong Kong,Hong Kong");
		assertThat(csv.lines().filter((line) -> line.contains(",yes,"))).hasSize(32);
	}

	@Test
	void signingOutEndsTheSessionAndTheKeycloakSessionThenComesBackToThePages() {
		String session = signIn();
		EntityExchangeResult<Map<String, Object>> answer = readSession(session);
		String csrfToken = (String) ((Map<?, ?>) answer.getResponseBody().get("csrf")).get("token");
		assertThat(answer.getResponseCookies().getFirst("SESSION")).as("the session keeps its id").isNull();

		URI keycloakLogout = this.client.post()
			.uri("/logout")
			.cookie("SESSION", session)
			.cookie("XSRF-TOKEN", csrfCookie(answer))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();

		assertThat(keycloakLogout.toString())
			.startsWith(TestEnvironment.issuerUri() + "/protocol/openid-connect/logout?");
		Map<String, String> query = UriComponentsBuilder.fromUri(keycloakLogout)
			.build()
			.getQueryParams()
			.toSingleValueMap();
		assertThat(query).containsEntry("client_id", "gongkai-web").containsKey("id_token_hint");
		assertThat(URLDecoder.decode(query.get("post_logout_redirect_uri"), StandardCharsets.UTF_8)).endsWith("/");
		this.client.get().uri("/web/session").cookie("SESSION", session).exchange().expectStatus().isUnauthorized();
	}

	private EntityExchangeResult<Map<String, Object>> readSession(String session) {
		return this.client.get()
			.uri("/web/session")
			.cookie("SESSION", session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult();
	}

	/** The CSRF cookie the answer set, which a browser sends back with the token. */
	private static String csrfCookie(EntityExchangeResult<?> answer) {
		ResponseCookie cookie = answer.getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(cookie).as("CSRF cookie").isNotNull();
		assertThat(cookie.isHttpOnly()).as("CSRF cookie hidden from scripts").isTrue();
		return cookie.getValue();
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
