package io.gongkai.tenant.account;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.platform.test.KeycloakStubs;
import io.gongkai.tenant.TenantServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts against a WireMock Keycloak: the admin API's answers, faults and delays.
 */
@SpringBootTest(properties = "gongkai.neighbours.keycloak.read-timeout=1s")
class AccountProvisioningTest extends TenantServiceTest {

	static final String ADMIN = KeycloakStubs.ADMIN_API;

	@Autowired
	MockMvc mvc;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	MongoDatabase registryDatabase;

	WireMockServer keycloak = tokens.server();

	@BeforeEach
	void keycloakAnswersTokensAndHasNoUsers() throws Exception {
		this.keycloak.resetRequests();
		this.keycloak.resetScenarios();
		this.circuitBreakers.circuitBreaker("keycloak").reset();
		KeycloakStubs.serviceAccountToken(this.keycloak, "service-token");
		KeycloakStubs.emptyRealm(this.keycloak, "r-1", "agency-reporter");
		this.mvc.perform(post("/api/tenants/370000/agencies").header("Authorization", "Bearer " + tokens.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"id":"370200-rsj","name":"青岛市人力资源和社会保障局","level":"prefecture","kind":"department",
					 "regionCode":"370200"}"""));
	}

	@Test
	void aCoordinatorOpensAReporterWithProvinceAgencyRoleAndATemporaryPassword() throws Exception {
		userCreatedAs("u-1");
		open(tokens.coordinator("370000"), "qd-reporter", "agency-reporter", "370200-rsj")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agencyId").value("370200-rsj"))
			.andExpect(jsonPath("$.temporaryPassword").isString());
		this.keycloak.verify(postRequestedFor(urlPathEqualTo(ADMIN + "/users"))
			.withHeader("Authorization", equalTo("Bearer service-token"))
			.withRequestBody(matchingJsonPath("$.attributes.province[0]", equalTo("370000")))
			.withRequestBody(matchingJsonPath("$.attributes.agency[0]", equalTo("370200-rsj")))
			.withRequestBody(matchingJsonPath("$.requiredActions[0]", equalTo("UPDATE_PASSWORD")))
			.withRequestBody(matchingJsonPath("$.credentials[0].temporary", equalTo("true"))));
		this.keycloak.verify(postRequestedFor(urlPathEqualTo(ADMIN + "/users/u-1/role-mappings/realm")));
		assertThat(recorded("qd-reporter")).isEqualTo(1);
	}

	@Test
	void whenGrantingTheRoleFailsTheHalfCreatedUserIsRemovedAndTheAnswerIs503() throws Exception {
		userCreatedAs("u-2");
		this.keycloak.stubFor(WireMock.post(urlPathEqualTo(ADMIN + "/users/u-2/role-mappings/realm"))
			.willReturn(aResponse().withStatus(500)));
		open(tokens.coordinator("370000"), "half-made", "agency-reporter", "370200-rsj")
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/identity-unavailable"));
		this.keycloak.verify(deleteRequestedFor(urlPathEqualTo(ADMIN + "/users/u-2")));
		assertNoAccount("half-made");
	}

	@Test
	void aKeycloakSlowerThanTheTimeOutGives503AndCreatesNothing() throws Exception {
		this.keycloak
			.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users")).willReturn(okJson("[]").withFixedDelay(2000)));
		open(tokens.coordinator("370000"), "too-slow", "agency-reporter", "370200-rsj")
			.andExpect(status().isServiceUnavailable());
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users")));
		assertNoAccount("too-slow");
	}

	@Test
	void anAccountRecordedMeanwhileByAnotherRequestIsAConflictAndItsUserIsKept() throws Exception {
		userCreatedAs("u-8");
		open(tokens.coordinator("370000"), "first-of-two", "agency-reporter", "370200-rsj")
			.andExpect(status().isCreated());
		this.keycloak.resetRequests();
		open(tokens.coordinator("370000"), "second-of-two", "agency-reporter", "370200-rsj")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/username-taken"));
		this.keycloak.verify(0, deleteRequestedFor(urlPathEqualTo(ADMIN + "/users/u-8")));
	}

	@Test
	void aConnectionResetIsRetriedAndTheAccountIsStillOpened() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users"))
			.inScenario("reset")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("recovered"));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users"))
			.inScenario("reset")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("[]")));
		userCreatedAs("u-3");
		open(tokens.coordinator("370000"), "after-reset", "agency-reporter", "370200-rsj")
			.andExpect(status().isCreated());
	}

	@Test
	void anInterruptedCreationIsFinishedByTheNextAttemptWithAFreshTemporaryPassword() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users")).willReturn(okJson("""
				[{"id":"u-4","username":"interrupted","enabled":true,
				  "attributes":{"province":["370000"],"agency":["370200-rsj"]}}]""")));
		open(tokens.coordinator("370000"), "interrupted", "agency-reporter", "370200-rsj")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("u-4"))
			.andExpect(jsonPath("$.temporaryPassword").isString());
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users")));
		this.keycloak.verify(postRequestedFor(urlPathEqualTo(ADMIN + "/users/u-4/role-mappings/realm")));
		this.keycloak.verify(putRequestedFor(urlPathEqualTo(ADMIN + "/users/u-4/reset-password")));
		assertThat(recorded("interrupted")).isEqualTo(1);
	}

	@Test
	void aCompleteAccountKeycloakHoldsIsTakenOverAsItIsAndKeepsItsPassword() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users")).willReturn(okJson("""
				[{"id":"u-6","username":"reporter-made-in-keycloak","firstName":"芳","lastName":"王","enabled":true,
				  "attributes":{"province":["370000"],"agency":["370200-rsj"]}}]""")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users/u-6/role-mappings/realm"))
			.willReturn(okJson("[{\"name\":\"default-roles-gongkai\"},{\"name\":\"agency-reporter\"}]")));
		open(tokens.coordinator("370000"), "reporter-made-in-keycloak", "agency-reporter", "370200-rsj")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("u-6"))
			.andExpect(jsonPath("$.displayName").value("王芳"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.temporaryPassword").doesNotExist());
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users")));
		this.keycloak.verify(0, postRequestedFor(urlPathMatching(ADMIN + "/users/u-6/.*")));
		this.keycloak.verify(0, putRequestedFor(urlPathMatching(ADMIN + "/users/u-6.*")));
		assertThat(recorded("reporter-made-in-keycloak")).isEqualTo(1);
	}

	@Test
	void aDisabledAccountWithTheRoleIsFinishedEnabledWithATemporaryPassword() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users")).willReturn(okJson("""
				[{"id":"u-7","username":"left-disabled","enabled":false,
				  "attributes":{"province":["370000"],"agency":["370200-rsj"]}}]""")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users/u-7/role-mappings/realm"))
			.willReturn(okJson("[{\"name\":\"agency-reporter\"}]")));
		open(tokens.coordinator("370000"), "left-disabled", "agency-reporter", "370200-rsj")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.temporaryPassword").isString());
		this.keycloak.verify(putRequestedFor(urlPathEqualTo(ADMIN + "/users/u-7"))
			.withRequestBody(matchingJsonPath("$.enabled", equalTo("true"))));
		this.keycloak.verify(putRequestedFor(urlPathEqualTo(ADMIN + "/users/u-7/reset-password")));
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users/u-7/role-mappings/realm")));
	}

	@Test
	void someoneElsesKeycloakUserIsNeverAdopted() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users")).willReturn(okJson("""
				[{"id":"u-5","username":"taken","enabled":true,"attributes":{"province":["210000"]}}]""")));
		open(tokens.coordinator("370000"), "taken", "agency-reporter", "370200-rsj").andExpect(status().isConflict());
	}

	@Test
	void afterRepeatedFailuresTheCircuitOpensAndKeycloakIsLeftAlone() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users")).willReturn(aResponse().withStatus(503)));
		for (int attempt = 0; attempt < 4; attempt++) {
			open(tokens.coordinator("370000"), "circuit-" + attempt, "agency-reporter", "370200-rsj")
				.andExpect(status().isServiceUnavailable());
		}
		this.keycloak.resetRequests();
		long started = System.nanoTime();
		open(tokens.coordinator("370000"), "circuit-open", "agency-reporter", "370200-rsj")
			.andExpect(status().isServiceUnavailable());
		assertThat(this.keycloak.getAllServeEvents()).isEmpty();
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
	}

	@Test
	void onlyTheAdminOpensCoordinatorsAndNobodyReachesAnotherProvince() throws Exception {
		open(tokens.coordinator("370000"), "new-coordinator", "provincial-coordinator", null)
			.andExpect(status().isForbidden());
		open(tokens.coordinator("210000"), "intruder", "agency-reporter", "370200-rsj")
			.andExpect(status().isForbidden());
		open(tokens.reporter("370000", "370200-rsj"), "self-made", "agency-reporter", "370200-rsj")
			.andExpect(status().isForbidden());
		open(tokens.coordinator("370000"), "no-such-agency", "agency-reporter", "370999-none")
			.andExpect(status().isUnprocessableContent());
		this.keycloak.verify(0, postRequestedFor(urlPathEqualTo(ADMIN + "/users")));
	}

	@Test
	void theListShowsEveryAccountKeycloakHoldsForTheProvinceWithNameAgencyRoleAndState() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users"))
			.withQueryParam("q", equalTo("province:370000"))
			.willReturn(okJson("""
					[{"id":"u-demo-c","username":"coordinator-370000","firstName":"Coordinator","lastName":"370000",
					  "enabled":true,"attributes":{"province":["370000"]}},
					 {"id":"u-demo-r","username":"reporter-370000","firstName":"伟","lastName":"张",
					  "enabled":false,"attributes":{"province":["370000"],"agency":["370200-rsj"]}},
					 {"id":"u-no-role","username":"bystander","enabled":true,"attributes":{"province":["370000"]}},
					 {"id":"u-near","username":"near-miss","enabled":true,
					  "attributes":{"province":["3700001"],"agency":["370200-rsj"]}}]""")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/roles/provincial-coordinator/users"))
			.willReturn(okJson("[{\"id\":\"u-demo-c\",\"username\":\"coordinator-370000\"}]")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/roles/agency-reporter/users"))
			.willReturn(okJson("[{\"id\":\"u-demo-r\",\"username\":\"reporter-370000\"},"
					+ "{\"id\":\"u-near\",\"username\":\"near-miss\"}]")));
		this.mvc
			.perform(get("/api/tenants/370000/accounts").header("Authorization",
					"Bearer " + tokens.coordinator("370000")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].username").value("coordinator-370000"))
			.andExpect(jsonPath("$[0].role").value("provincial-coordinator"))
			.andExpect(jsonPath("$[0].displayName").value("Coordinator 370000"))
			.andExpect(jsonPath("$[1].username").value("reporter-370000"))
			.andExpect(jsonPath("$[1].displayName").value("张伟"))
			.andExpect(jsonPath("$[1].agencyId").value("370200-rsj"))
			.andExpect(jsonPath("$[1].agencyName").value("青岛市人力资源和社会保障局"))
			.andExpect(jsonPath("$[1].role").value("agency-reporter"))
			.andExpect(jsonPath("$[1].enabled").value(false));
	}

	@Test
	void anAccountMadeInKeycloakDirectlyIsManagedButOneOfAnotherProvinceIsNotFound() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users/u-demo-r")).willReturn(okJson("""
				{"id":"u-demo-r","username":"reporter-370000","firstName":"伟","lastName":"张","enabled":true,
				 "attributes":{"province":["370000"],"agency":["370200-rsj"]}}""")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users/u-demo-r/role-mappings/realm"))
			.willReturn(okJson("[{\"name\":\"agency-reporter\"}]")));
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users/u-other")).willReturn(okJson("""
				{"id":"u-other","username":"reporter-210000","enabled":true,
				 "attributes":{"province":["210000"],"agency":["210000-rst"]}}""")));
		this.mvc
			.perform(post("/api/tenants/370000/accounts/u-demo-r/disable").header("Authorization",
					"Bearer " + tokens.coordinator("370000")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.displayName").value("张伟"))
			.andExpect(jsonPath("$.agencyName").value("青岛市人力资源和社会保障局"));
		this.keycloak.verify(putRequestedFor(urlPathEqualTo(ADMIN + "/users/u-demo-r"))
			.withRequestBody(matchingJsonPath("$.enabled", equalTo("false"))));
		this.keycloak.resetRequests();
		this.mvc
			.perform(post("/api/tenants/370000/accounts/u-other/disable").header("Authorization",
					"Bearer " + tokens.coordinator("370000")))
			.andExpect(status().isNotFound());
		this.keycloak.verify(0, putRequestedFor(urlPathEqualTo(ADMIN + "/users/u-other")));
	}

	@Test
	void anAccountListWhileKeycloakIsDownIsA503() throws Exception {
		this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN + "/users")).willReturn(aResponse().withStatus(500)));
		this.mvc
			.perform(get("/api/tenants/370000/accounts").header("Authorization",
					"Bearer " + tokens.coordinator("370000")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/identity-unavailable"));
	}

	private void userCreatedAs(String id) {
		KeycloakStubs.userCreatedAs(this.keycloak, id);
	}

	private ResultActions open(String token, String username, String role, String agency) throws Exception {
		String agencyField = (agency != null) ? ",\"agencyId\":\"" + agency + "\"" : "";
		return this.mvc.perform(post("/api/tenants/370000/accounts").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"role\":\"" + role + "\"" + agencyField + "}"));
	}

	private void assertNoAccount(String username) {
		assertThat(recorded(username)).isZero();
	}

	private long recorded(String username) {
		return this.registryDatabase.getCollection("accounts").countDocuments(new Document("username", username));
	}

}
