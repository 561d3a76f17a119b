package io.gongkai.tenant.onboarding;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.platform.test.KeycloakStubs;
import io.gongkai.tenant.TenantServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Onboarding against a WireMock Keycloak and a WireMock report-service.
 */
class ProvinceOnboardingTest extends TenantServiceTest {

	static final String ADMIN = KeycloakStubs.ADMIN_API;

	@Autowired
	MockMvc mvc;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	WireMockServer keycloak = tokens.server();

	@BeforeEach
	void neighboursAnswer() {
		this.keycloak.resetRequests();
		reportService.resetAll();
		this.circuitBreakers.circuitBreaker("report-service").reset();
		KeycloakStubs.serviceAccountToken(this.keycloak, "service-token");
		KeycloakStubs.emptyRealm(this.keycloak, "r-2", "provincial-coordinator");
		reportService.stubFor(WireMock.put(urlPathMatching("/api/reports/provinces/\\d{6}/storage"))
			.willReturn(okJson("{\"prepared\":1}")));
	}

	@Test
	void theAdminOnboardsAProvinceWithItsStorageAndFirstCoordinator() throws Exception {
		userCreatedAs("c-530000");
		onboard("530000", "yn-coordinator").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.storageReady").value(true))
			.andExpect(jsonPath("$.coordinatorUsername").value("yn-coordinator"))
			.andExpect(jsonPath("$.coordinatorTemporaryPassword").isString());
		reportService.verify(putRequestedFor(urlPathEqualTo("/api/reports/provinces/530000/storage"))
			.withHeader("Authorization", equalTo("Bearer service-token")));
		this.keycloak.verify(postRequestedFor(urlPathEqualTo(ADMIN + "/users"))
			.withRequestBody(matchingJsonPath("$.attributes.province[0]", equalTo("530000"))));
	}

	@Test
	void onboardingTwiceEndsInOneProvince() throws Exception {
		userCreatedAs("c-520000");
		onboard("520000", "gz-coordinator").andExpect(status().isOk());
		this.keycloak.resetRequests();
		reportService.resetRequests();
		onboard("520000", "gz-coordinator").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.coordinatorTemporaryPassword").doesNotExist());
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users")));
		reportService.verify(0, putRequestedFor(urlPathMatching(".*")));
	}

	@Test
	void anInterruptedOnboardingResumesWhereItStopped() throws Exception {
		reportService.stubFor(WireMock.put(urlPathMatching(".*")).willReturn(aResponse().withStatus(503)));
		onboard("510000", "sc-coordinator").andExpect(status().isServiceUnavailable());
		this.mvc.perform(get("/api/tenants/510000/status").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(jsonPath("$.status").value("onboarding"))
			.andExpect(jsonPath("$.storageReady").value(false));
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users")));

		reportService.resetAll();
		reportService.stubFor(WireMock.put(urlPathMatching(".*")).willReturn(okJson("{}")));
		this.circuitBreakers.circuitBreaker("report-service").reset();
		userCreatedAs("c-510000");
		onboard("510000", "sc-coordinator").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("active"));
	}

	@Test
	void aCompleteCoordinatorKeycloakHoldsIsTakenOverWithoutResettingItsPassword() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users"))
			.withQueryParam("username", equalTo("coordinator-540000"))
			.atPriority(1)
			.willReturn(okJson("""
					[{"id":"c-demo-540000","username":"coordinator-540000","firstName":"协调员","lastName":"西藏自治区",
					  "enabled":true,"attributes":{"province":["540000"]}}]""")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users/c-demo-540000/role-mappings/realm"))
			.atPriority(1)
			.willReturn(okJson("[{\"name\":\"provincial-coordinator\"}]")));
		onboard("540000", "coordinator-540000").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.coordinatorUsername").value("coordinator-540000"))
			.andExpect(jsonPath("$.coordinatorTemporaryPassword").doesNotExist());
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users")));
		this.keycloak.verify(0, putRequestedFor(urlPathMatching(ADMIN + "/users/c-demo-540000.*")));
		this.keycloak.verify(0, postRequestedFor(urlPathMatching(ADMIN + "/users/c-demo-540000/.*")));
	}

	@Test
	void suspendingDisablesEveryAccountKeycloakHoldsForTheProvinceAndResumingEnablesExactlyThoseAgain()
			throws Exception {
		userCreatedAs("c-500000");
		onboard("500000", "cq-coordinator").andExpect(status().isOk());
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users"))
			.withQueryParam("q", equalTo("province:500000"))
			.atPriority(1)
			.willReturn(okJson("""
					[{"id":"c-500000","username":"cq-coordinator","enabled":true,"attributes":{"province":["500000"]}},
					 {"id":"r-made-in-keycloak","username":"reporter-500000","enabled":true,
					  "attributes":{"province":["500000"],"agency":["500000-rsj"]}},
					 {"id":"r-already-off","username":"reporter-left","enabled":false,
					  "attributes":{"province":["500000"],"agency":["500000-rsj"]}}]""")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/roles/provincial-coordinator/users"))
			.willReturn(okJson("[{\"id\":\"c-500000\"}]")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/roles/agency-reporter/users"))
			.willReturn(okJson("[{\"id\":\"r-made-in-keycloak\"},{\"id\":\"r-already-off\"}]")));
		this.keycloak.resetRequests();
		this.mvc
			.perform(post("/api/tenants/500000/suspension").header("Authorization", "Bearer " + tokens.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"contract ended\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("suspended"));
		for (String disabled : new String[] { "c-500000", "r-made-in-keycloak" }) {
			this.keycloak.verify(putRequestedFor(urlPathEqualTo(ADMIN + "/users/" + disabled))
				.withRequestBody(matchingJsonPath("$.enabled", equalTo("false"))));
		}
		this.keycloak.verify(0, putRequestedFor(urlPathEqualTo(ADMIN + "/users/r-already-off")));
		this.keycloak.resetRequests();
		this.mvc.perform(post("/api/tenants/500000/resumption").header("Authorization", "Bearer " + tokens.admin()))
			.andExpect(jsonPath("$.status").value("active"));
		for (String enabled : new String[] { "c-500000", "r-made-in-keycloak" }) {
			this.keycloak.verify(putRequestedFor(urlPathEqualTo(ADMIN + "/users/" + enabled))
				.withRequestBody(matchingJsonPath("$.enabled", equalTo("true"))));
		}
		this.keycloak.verify(0, putRequestedFor(urlPathEqualTo(ADMIN + "/users/r-already-off")));
	}

	@Test
	void onlyThePlatformAdminOnboards() throws Exception {
		this.mvc
			.perform(post("/api/tenants/450000/onboarding")
				.header("Authorization", "Bearer " + tokens.coordinator("450000"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"coordinator\":{\"username\":\"gx-coordinator\"}}"))
			.andExpect(status().isForbidden());
		reportService.verify(0, putRequestedFor(urlPathMatching(".*")));
	}

	private void userCreatedAs(String id) {
		KeycloakStubs.userCreatedAs(this.keycloak, id);
	}

	private ResultActions onboard(String code, String coordinator) throws Exception {
		return this.mvc
			.perform(post("/api/tenants/" + code + "/onboarding").header("Authorization", "Bearer " + tokens.admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"coordinator\":{\"username\":\"" + coordinator + "\",\"email\":\"" + coordinator
						+ "@example.org\"}}"));
	}

}
