package io.gongkai.gateway;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public API keys: anyone asks for one, the public read then lets the key through at its
 * own higher limit (anonymous callers at their address's lower one), an unknown or
 * revoked key is refused in Chinese, and the platform admin sees the uses and revokes.
 * Test-sized limits: 2 anonymous requests per address, 5 per key, refilled once an hour.
 */
@TestPropertySource(properties = { "gongkai.gateway.public-rate-limit.burst=2",
		"gongkai.gateway.public-rate-limit.requests-per-period=2", "gongkai.gateway.public-rate-limit.period=1h",
		"gongkai.gateway.api-key-rate-limit.burst=5", "gongkai.gateway.api-key-rate-limit.requests-per-period=5",
		"gongkai.gateway.api-key-rate-limit.period=1h" })
class ApiKeyTests extends GatewayTest {

	@BeforeEach
	void stubServices() {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("[2021]")));
	}

	@Test
	void aKeyAskedForWithoutSigningInIsShownOnceAndGetsAHigherLimitThanAnAnonymousAddress() {
		String key = requestKey("王研究员");
		int anonymous = passedBeforeTheLimit("/api/public/years", 10);
		int withKey = passedBeforeTheLimit("/api/public/years", (headers) -> headers.set("X-Api-Key", key), 10);

		assertThat(anonymous).as("anonymous requests before the address's limit").isEqualTo(2);
		assertThat(withKey).as("requests with the key before its limit").isEqualTo(5);
		expectTooManyRequests(this.client.get().uri("/api/public/years").header("X-Api-Key", key).exchange())
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("接口密钥"));
		TestEnvironment.REPORT_SERVICE
			.verify(getRequestedFor(urlEqualTo("/api/public/years")).withHeader("X-Api-Key", absent()));
	}

	@Test
	void anUnknownKeyIsRefusedWithA401InChineseAndInEnglishOnRequest() {
		String forged = "gk_" + "A".repeat(43);
		this.client.get()
			.uri("/api/public/years")
			.header("X-Api-Key", forged)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/invalid-api-key")
			.jsonPath("$.title")
			.isEqualTo("接口密钥无效");
		this.client.get()
			.uri("/api/public/years")
			.header("X-Api-Key", forged)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid API key");
		assertThat(TestEnvironment.REPORT_SERVICE.getAllServeEvents()).as("requests reaching report-service").isEmpty();
	}

	@Test
	void thePlatformAdminSeesEachKeysUsesAndARevokedKeyIsRefusedWithA403() {
		String key = requestKey("李记者");
		for (int i = 0; i < 3; i++) {
			this.client.get().uri("/api/public/years").header("X-Api-Key", key).exchange().expectStatus().isOk();
		}
		Map<String, Object> listed = listedKey("李记者");
		assertThat(listed).containsEntry("uses", 3).containsEntry("revokedAt", null).containsKey("lastUsedAt");
		assertThat(listed.toString()).doesNotContain(key.substring(3));

		this.client.post()
			.uri("/api/api-keys/{id}/revocation", listed.get("id"))
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revokedAt")
			.isNotEmpty();
		this.client.get()
			.uri("/api/public/years")
			.header("X-Api-Key", key)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/api-key-revoked")
			.jsonPath("$.title")
			.isEqualTo("接口密钥已被吊销");
		assertThat(listedKey("李记者").get("revokedAt")).isNotNull();
	}

	@Test
	void onlyThePlatformAdminListsAndRevokesKeys() {
		this.client.get().uri("/api/api-keys").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/api/api-keys")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("420000")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("只有平台管理员可以查看和吊销 接口密钥。");
		this.client.post()
			.uri("/api/api-keys/no-such-key/revocation")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("地址不存在");
	}

	@Test
	void aRequestForAKeyWithoutItsPurposeIsRefusedNamingTheField() {
		this.client.post()
			.uri("/api/public/api-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "张三", "contact", "zhang@example.cn"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("请求无效")
			.jsonPath("$.errors[0].field")
			.isEqualTo("purpose");
	}

	@Test
	void theGatewaysApiDescriptionNamesTheKeyHeader() {
		this.client.get()
			.uri("/v3/api-docs/gateway")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.securitySchemes.publicApiKey.name")
			.isEqualTo("X-Api-Key")
			.jsonPath("$.components.securitySchemes.publicApiKey.in")
			.isEqualTo("header")
			.jsonPath("$.paths['/api/public/api-keys'].post")
			.exists();
	}

	@Test
	void thePageToAskForAKeyIsServedWithoutSigningInAndTheReadersPagesLinkToIt() {
		this.client.get()
			.uri("/public/api-key.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("申请 接口密钥").contains("/app/public/api-key.js"));
		this.client.get()
			.uri("/app/public/layout.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((script) -> assertThat(script).contains("/public/api-key.html"));
	}

	@Test
	void aKeyReadsTheNationalFiguresUnderItsOwnLimitAndIsNotPassedOn() {
		TestEnvironment.ANALYTICS_SERVICE.resetAll();
		TestEnvironment.ANALYTICS_SERVICE.stubFor(any(anyUrl()).willReturn(okJson("[2021]")));
		String key = requestKey("赵数据记者");
		for (int request = 0; request < 5; request++) {
			this.client.get()
				.uri("/api/public/analytics/years")
				.header("X-Api-Key", key)
				.exchange()
				.expectStatus()
				.isOk();
		}
		this.client.get()
			.uri("/api/public/analytics/years")
			.header("X-Api-Key", key)
			.exchange()
			.expectStatus()
			.isEqualTo(429);
		TestEnvironment.ANALYTICS_SERVICE.verify(5,
				getRequestedFor(urlEqualTo("/api/public/analytics/years")).withHeader("X-Api-Key", absent()));
		this.client.get()
			.uri("/api/public/analytics/years")
			.header("X-Api-Key", "gk_" + "A".repeat(43))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private String requestKey(String name) {
		Map<?, ?> issued = this.client.post()
			.uri("/api/public/api-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", name, "contact", "研究所", "purpose", "比较各省的公开数据"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(issued.get("header")).isEqualTo("X-Api-Key");
		return (String) issued.get("key");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> listedKey(String name) {
		List<Map<String, Object>> keys = this.client.get()
			.uri("/api/api-keys")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		return keys.stream().filter((key) -> name.equals(key.get("name"))).findFirst().orElseThrow();
	}

	private static String adminToken() {
		return TestTokens.token().roles("platform-admin").sign();
	}

}
