package io.gongkai.tenant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.platform.test.KeycloakStubs;
import io.gongkai.platform.security.test.IsolationMatrixSummary;
import io.gongkai.tenant.agency.AgenciesChanged;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint of tenant-service × every kind of caller × own versus foreign province,
 * against the embedded store, a WireMock Keycloak (JWKS and admin API) and a WireMock
 * report-service that, like the real one, lists a province's reports only to that
 * province's coordinator token.
 *
 * <p>
 * The victim is Gansu (620000). Each case starts from the same registry (restored from a
 * snapshot), makes one request and checks: the status expected; that a caller not
 * entitled to Gansu's data saw none of it, that no answer ever shows Liaoning's (210000)
 * data, and that a refused or foreign call changed nothing (registry unchanged, no write
 * reached Keycloak or report-service, report-service not even asked). An endpoint added
 * to a controller without a row here fails the test. The counts are written to
 * {@code target/isolation-matrix.md} and reported in docs/isolation.md.
 */
class TenantIsolationMatrixTest extends TenantServiceTest {

	static final String VICTIM = "620000";

	static final String HOME = "210000";

	static final String VICTIM_AGENCY = "620000-victim1";

	static final String VICTIM_ACCOUNT = "kc-gs-victim-reporter";

	static final String ADMIN_API = KeycloakStubs.ADMIN_API;

	/** What must never appear in an answer to a caller not entitled to Gansu. */
	static final List<String> VICTIM_SECRETS = List.of(VICTIM_AGENCY, "甘肃省受害厅", "620000-victim2", "甘肃省受害局",
			"gs-victim-reporter", VICTIM_ACCOUNT, "r-gs-victim", "甘肃催报提醒");

	/** Liaoning's data: no call in the matrix is entitled to see it. */
	static final List<String> HOME_SECRETS = List.of("210000-home1", "辽宁省本厅", "ln-home-reporter", "kc-ln-home-reporter",
			"r-ln-home");

	/** The callers: token, province, entitled to Gansu's data. */
	enum CallerKind {

		PLATFORM_ADMIN(tokens.admin(), null), NATIONAL_ANALYST(tokens.analyst(), null),
		COORDINATOR_OWN(tokens.coordinator(VICTIM), VICTIM), COORDINATOR_FOREIGN(tokens.coordinator(HOME), HOME),
		REPORTER_OWN(tokens.reporter(VICTIM, VICTIM_AGENCY), VICTIM),
		REPORTER_FOREIGN(tokens.reporter(HOME, "210000-home1"), HOME),
		NO_PROVINCE(tokens.token("stray-coordinator", List.of("provincial-coordinator"), null, null), null);

		final String token;

		final String province;

		CallerKind(String token, String province) {
			this.token = token;
			this.province = province;
		}

		boolean entitledToVictim() {
			return this == PLATFORM_ADMIN || VICTIM.equals(this.province);
		}

	}

	/** Who an endpoint lets through, by tenant-service's own rules. */
	enum Access {

		/** Any signed-in caller: public facts about provinces. */
		SIGNED_IN,
		/** The province's coordinators and reporters, and the platform admin. */
		READABLE,
		/** The province's coordinators and the platform admin. */
		MANAGEABLE,
		/** The platform admin only. */
		PLATFORM_ADMIN,
		/**
		 * The province's coordinators, and the platform admin as far as tenant-service
		 * goes; report-service refuses the admin's token (it has no province), so the
		 * admin gets 403 reports-not-visible.
		 */
		MANAGEABLE_WITH_REPORTS

	}

	/**
	 * A row of the matrix: the handler, how to call it on a province with a resource of
	 * Gansu, and what a caller entitled to it gets on its own path (and on the path of
	 * its own province with Gansu's ids: the "foreign ids through own path" variant).
	 */
	record Endpoint(String handler, HttpMethod method, String pattern, Access access, int allowed,
			int foreignIdsOnOwnPath, Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {

		String path(String province) {
			return this.pattern.replaceAll("\\{code}|\\{provinceCode}", province)
				.replace("{id}", VICTIM_AGENCY)
				.replace("{accountId}", VICTIM_ACCOUNT);
		}

	}

	record Outcome(String endpoint, String caller, String side, int expected, int actual, List<String> leaks) {

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoDatabase registryDatabase;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	WireMockServer keycloak = tokens.server();

	static byte[] victimCsv;

	static byte[] homeCsv;

	static List<Endpoint> endpoints() {
		String agency = "{\"name\":\"甘肃省受害厅\",\"level\":\"province\",\"kind\":\"department\",\"regionCode\":\"620000\"}";
		return List
			.of(new Endpoint("ProvinceController#list", HttpMethod.GET, "/api/tenants", Access.SIGNED_IN, 200, 200,
					(path) -> get(path)),
					new Endpoint("ProvinceController#get", HttpMethod.GET, "/api/tenants/{code}", Access.SIGNED_IN, 200,
							200, (path) -> get(path)),
					new Endpoint("ProvinceController#setPopulation", HttpMethod.PUT, "/api/tenants/{code}/population",
							Access.PLATFORM_ADMIN, 200, 403,
							(path) -> put(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"residents\":25000000,\"year\":2021,\"source\":\"甘肃统计年鉴\"}")),
					new Endpoint("OnboardingController#status", HttpMethod.GET, "/api/tenants/{code}/status",
							Access.READABLE, 200, 200, (path) -> get(path)),
					new Endpoint("OnboardingController#onboard", HttpMethod.POST, "/api/tenants/{code}/onboarding",
							Access.PLATFORM_ADMIN, 200, 403,
							(path) -> post(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"coordinator\":{\"username\":\"gs-second-coordinator\"}}")),
					new Endpoint("OnboardingController#suspend", HttpMethod.POST, "/api/tenants/{code}/suspension",
							Access.PLATFORM_ADMIN, 200, 403,
							(path) -> post(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"reason\":\"audit\"}")),
					new Endpoint("OnboardingController#resume", HttpMethod.POST, "/api/tenants/{code}/resumption",
							Access.PLATFORM_ADMIN, 200, 403, (path) -> post(path)),
					new Endpoint("AgencyController#list", HttpMethod.GET, "/api/tenants/{provinceCode}/agencies",
							Access.READABLE, 200, 200, (path) -> get(path)),
					new Endpoint("AgencyController#expected", HttpMethod.GET,
							"/api/tenants/{provinceCode}/agencies/expected", Access.READABLE, 200, 200,
							(path) -> get(path).param("year", "2023")),
					new Endpoint("AgencyController#get", HttpMethod.GET, "/api/tenants/{provinceCode}/agencies/{id}",
							Access.READABLE, 200, 404, (path) -> get(path)),
					new Endpoint("AgencyController#register", HttpMethod.POST, "/api/tenants/{provinceCode}/agencies",
							Access.MANAGEABLE, 201, 400,
							(path) -> post(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"id\":\"620000-new\",\"name\":\"新登记机关\",\"level\":\"province\","
										+ "\"kind\":\"department\",\"regionCode\":\"620000\"}")),
					// an id Gansu has: 409 in Gansu itself, and on another province's
					// path the
					// same 400 as an id no one has, so that nothing tells it exists
					new Endpoint("AgencyController#register", HttpMethod.POST, "/api/tenants/{provinceCode}/agencies",
							Access.MANAGEABLE, 409, 400,
							(path) -> post(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"id\":\"" + VICTIM_AGENCY + "\",\"name\":\"又一个机关\",\"level\":\"province\","
										+ "\"kind\":\"department\",\"regionCode\":\"620000\"}")),
					new Endpoint("AgencyController#edit", HttpMethod.PUT, "/api/tenants/{provinceCode}/agencies/{id}",
							Access.MANAGEABLE, 200, 404,
							(path) -> put(path).header("If-Match", "*")
								.contentType(MediaType.APPLICATION_JSON)
								.content(agency.replace("受害厅", "受害厅（改）"))),
					new Endpoint("AgencyController#deactivate", HttpMethod.POST,
							"/api/tenants/{provinceCode}/agencies/{id}/deactivation", Access.MANAGEABLE, 200, 404,
							(path) -> post(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"abolishedYear\":2024}")),
					new Endpoint("AgencySearchController#search", HttpMethod.GET,
							"/api/tenants/{provinceCode}/agencies/search", Access.READABLE, 200, 200,
							(path) -> get(path).param("q", "受害厅")),
					new Endpoint("AgencyFileController#importForm", HttpMethod.POST,
							"/api/tenants/{provinceCode}/agencies/import", Access.MANAGEABLE, 200, 200,
							(path) -> multipart(path).file(new MockMultipartFile("file", "agencies.csv", "text/csv",
									path.contains(HOME) ? homeCsv : victimCsv))),
					new Endpoint("AgencyFileController#importBody", HttpMethod.POST,
							"/api/tenants/{provinceCode}/agencies/import", Access.MANAGEABLE, 200, 200,
							(path) -> post(path).contentType("text/csv")
								.content(path.contains(HOME) ? homeCsv : victimCsv)),
					new Endpoint("AgencyFileController#export", HttpMethod.GET,
							"/api/tenants/{provinceCode}/agencies/export", Access.READABLE, 200, 200,
							(path) -> get(path)),
					new Endpoint("AccountController#open", HttpMethod.POST, "/api/tenants/{provinceCode}/accounts",
							Access.MANAGEABLE, 201, 422,
							(path) -> post(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"username\":\"gs-new-reporter\",\"role\":\"agency-reporter\","
										+ "\"agencyId\":\"620000-victim2\"}")),
					new Endpoint("AccountController#list", HttpMethod.GET, "/api/tenants/{provinceCode}/accounts",
							Access.MANAGEABLE, 200, 200, (path) -> get(path)),
					new Endpoint("AccountController#disable", HttpMethod.POST,
							"/api/tenants/{provinceCode}/accounts/{accountId}/disable", Access.MANAGEABLE, 200, 404,
							(path) -> post(path)),
					new Endpoint("AccountController#enable", HttpMethod.POST,
							"/api/tenants/{provinceCode}/accounts/{accountId}/enable", Access.MANAGEABLE, 200, 404,
							(path) -> post(path)),
					new Endpoint("AccountController#resetCredentials", HttpMethod.POST,
							"/api/tenants/{provinceCode}/accounts/{accountId}/reset-credentials", Access.MANAGEABLE,
							200, 404, (path) -> post(path)),
					new Endpoint("FollowUpController#followUp", HttpMethod.GET, "/api/tenants/{code}/follow-up",
							Access.MANAGEABLE_WITH_REPORTS, 200, 200, (path) -> get(path).param("year", "2023")),
					new Endpoint("FollowUpController#remind", HttpMethod.POST,
							"/api/tenants/{code}/follow-up/reminders", Access.MANAGEABLE_WITH_REPORTS, 201, 422,
							(path) -> post(path).contentType(MediaType.APPLICATION_JSON)
								.content("{\"year\":2023,\"agencyIds\":[\"" + VICTIM_AGENCY
										+ "\"],\"message\":\"请尽快提交\"}")),
					new Endpoint("FollowUpController#list", HttpMethod.GET, "/api/tenants/{code}/follow-up/reminders",
							Access.MANAGEABLE, 200, 200, (path) -> get(path).param("year", "2023")));
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		Map<String, String> declared = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("io.gongkai.tenant")) {
				continue;
			}
			String key = handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
			declared.put(key, entry.getKey().getMethodsCondition().getMethods() + " "
					+ entry.getKey().getPathPatternsCondition().getPatternValues());
		}
		Map<String, String> inMatrix = endpoints().stream()
			.collect(Collectors.toMap(Endpoint::handler,
					(endpoint) -> "[" + endpoint.method() + "] [" + endpoint.pattern() + "]", (first, same) -> first));
		assertThat(inMatrix).as("the matrix against the controllers' handler methods").isEqualTo(declared);
	}

	@Test
	void noCallerReachesDataOrChangesAnythingItIsNotEntitledTo() throws Exception {
		Map<String, List<Document>> seed = seed();
		List<Outcome> outcomes = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (CallerKind caller : CallerKind.values()) {
				outcomes.add(run(endpoint, caller, VICTIM, seed));
				if (caller == CallerKind.COORDINATOR_FOREIGN || caller == CallerKind.REPORTER_FOREIGN) {
					outcomes.add(run(endpoint, caller, HOME, seed));
				}
			}
		}
		List<Outcome> wrongStatus = outcomes.stream()
			.filter((outcome) -> outcome.expected() != outcome.actual())
			.toList();
		List<Outcome> leaking = outcomes.stream().filter((outcome) -> !outcome.leaks().isEmpty()).toList();
		writeSummary(outcomes, wrongStatus, leaking);
		assertThat(outcomes).hasSize(endpoints().size() * (CallerKind.values().length + 2));
		assertThat(leaking).as("cases that leaked or changed something").isEmpty();
		assertThat(wrongStatus).as("cases answered otherwise than expected").isEmpty();
	}

	private Outcome run(Endpoint endpoint, CallerKind caller, String province, Map<String, List<Document>> seed)
			throws Exception {
		restore(seed);
		String path = endpoint.path(province);
		AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(path);
		MockHttpServletResponse response = this.mvc.perform(request.header("Authorization", "Bearer " + caller.token))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		String sent = path + " " + bodyOf(endpoint, province);
		boolean foreignIdsOnOwnPath = !VICTIM.equals(province);
		int expected = expected(endpoint, caller, foreignIdsOnOwnPath);
		boolean entitled = caller.entitledToVictim() && !foreignIdsOnOwnPath;
		List<String> leaks = new ArrayList<>();
		for (String secret : HOME_SECRETS) {
			if (body.contains(secret) && !sent.contains(secret) && !foreignIdsOnOwnPath) {
				leaks.add("shows Liaoning's " + secret);
			}
		}
		if (!entitled || expected >= 300) {
			for (String secret : VICTIM_SECRETS) {
				if (body.contains(secret) && !sent.contains(secret)) {
					leaks.add("shows Gansu's " + secret);
				}
			}
		}
		boolean refused = response.getStatus() >= 300;
		if (!entitled || refused) {
			if (!snapshot().equals(seed)) {
				leaks.add("changed the registry");
			}
			if (!this.keycloak.findAll(writes()).isEmpty()) {
				leaks.add("wrote to Keycloak");
			}
			if (!reportService.findAll(writes()).isEmpty()) {
				leaks.add("wrote to report-service");
			}
		}
		boolean mayAskReports = endpoint.access() == Access.MANAGEABLE_WITH_REPORTS
				&& (expected != 403 || caller == CallerKind.PLATFORM_ADMIN);
		if (!mayAskReports && !reportService.findAll(anyRequestedFor(urlPathEqualTo("/api/reports"))).isEmpty()) {
			leaks.add("relayed to report-service");
		}
		if (reportService.findAll(anyRequestedFor(urlPathEqualTo("/api/reports")))
			.stream()
			.anyMatch((listed) -> !("Bearer " + caller.token).equals(listed.getHeader("Authorization")))) {
			leaks.add("asked report-service with a token other than the caller's");
		}
		if (!entitled && response.getStatus() < 300 && endpoint.access() != Access.SIGNED_IN && !foreignIdsOnOwnPath) {
			leaks.add("answered " + response.getStatus() + " to a caller not entitled to Gansu");
		}
		return new Outcome(endpoint.method() + " " + endpoint.pattern() + " (" + endpoint.handler() + ")",
				caller.name(), foreignIdsOnOwnPath ? "own path, Gansu's ids" : "Gansu", expected, response.getStatus(),
				leaks);
	}

	static int expected(Endpoint endpoint, CallerKind caller, boolean foreignIdsOnOwnPath) {
		if (foreignIdsOnOwnPath) {
			boolean allowed = switch (endpoint.access()) {
				case SIGNED_IN -> true;
				case READABLE -> true;
				case MANAGEABLE, MANAGEABLE_WITH_REPORTS -> caller == CallerKind.COORDINATOR_FOREIGN;
				case PLATFORM_ADMIN -> false;
			};
			return allowed ? endpoint.foreignIdsOnOwnPath() : 403;
		}
		boolean allowed = switch (endpoint.access()) {
			case SIGNED_IN -> true;
			case READABLE -> caller.entitledToVictim();
			case MANAGEABLE -> caller == CallerKind.PLATFORM_ADMIN || caller == CallerKind.COORDINATOR_OWN;
			case PLATFORM_ADMIN -> caller == CallerKind.PLATFORM_ADMIN;
			case MANAGEABLE_WITH_REPORTS -> caller == CallerKind.COORDINATOR_OWN;
		};
		return allowed ? endpoint.allowed() : 403;
	}

	private static String bodyOf(Endpoint endpoint, String province) {
		byte[] content = endpoint.request()
			.apply(endpoint.path(province))
			.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getContentAsByteArray();
		return (content != null) ? new String(content, StandardCharsets.UTF_8) : "";
	}

	private static RequestPatternBuilder writes() {
		return new RequestPatternBuilder(com.github.tomakehurst.wiremock.http.RequestMethod.ANY, anyUrl())
			.andMatching((request) -> com.github.tomakehurst.wiremock.matching.MatchResult
				.of(!request.getMethod().getName().equals("GET")
						&& !request.getUrl().contains("/protocol/openid-connect/")));
	}

	/**
	 * Gansu and Liaoning onboarded, each with agencies, a reporter account and a
	 * reminder; Gansu's population set by the admin.
	 */
	private Map<String, List<Document>> seed() throws Exception {
		standIns();
		onboard(VICTIM, "gs-coordinator", "kc-gs-coordinator");
		onboard(HOME, "ln-coordinator", "kc-ln-coordinator");
		expectStatus(
				put("/api/tenants/" + VICTIM + "/population").contentType(MediaType.APPLICATION_JSON)
					.content("{\"residents\":25019831,\"year\":2020,\"source\":\"第七次全国人口普查公报（第三号）\"}"),
				CallerKind.PLATFORM_ADMIN, 200);
		register(VICTIM, VICTIM_AGENCY, "甘肃省受害厅", "620000");
		register(VICTIM, "620000-victim2", "甘肃省受害局", "620000");
		register(HOME, "210000-home1", "辽宁省本厅", "210000");
		openReporter(VICTIM, "gs-victim-reporter", VICTIM_ACCOUNT, VICTIM_AGENCY);
		openReporter(HOME, "ln-home-reporter", "kc-ln-home-reporter", "210000-home1");
		remind(CallerKind.COORDINATOR_OWN, VICTIM, "甘肃催报提醒");
		remind(CallerKind.COORDINATOR_FOREIGN, HOME, "辽宁催报提醒");
		victimCsv = this.mvc
			.perform(get("/api/tenants/" + VICTIM + "/agencies/export").header("Authorization",
					"Bearer " + CallerKind.PLATFORM_ADMIN.token))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		homeCsv = this.mvc
			.perform(get("/api/tenants/" + HOME + "/agencies/export").header("Authorization",
					"Bearer " + CallerKind.PLATFORM_ADMIN.token))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(victimCsv, StandardCharsets.UTF_8)).contains(VICTIM_AGENCY);
		return snapshot();
	}

	private void standIns() {
		KeycloakStubs.serviceAccountToken(this.keycloak, "service-token");
		KeycloakStubs.emptyRealm(this.keycloak, "r-1", "agency-reporter");
		this.keycloak.stubFor(WireMock.get(urlPathMatching(ADMIN_API + "/roles/[^/]+/users"))
			.willReturn(okJson("[{\"id\":\"" + VICTIM_ACCOUNT + "\"},{\"id\":\"kc-ln-home-reporter\"}]")));
		for (String[] reporter : List.of(new String[] { VICTIM, VICTIM_ACCOUNT, "gs-victim-reporter", VICTIM_AGENCY },
				new String[] { HOME, "kc-ln-home-reporter", "ln-home-reporter", "210000-home1" })) {
			this.keycloak.stubFor(WireMock.get(urlPathEqualTo(ADMIN_API + "/users"))
				.withQueryParam("q", equalTo("province:" + reporter[0]))
				.willReturn(okJson("[{\"id\":\"" + reporter[1] + "\",\"username\":\"" + reporter[2]
						+ "\",\"enabled\":true,\"attributes\":{\"province\":[\"" + reporter[0] + "\"],\"agency\":[\""
						+ reporter[3] + "\"]}}]")));
		}
		userCreatedAs("kc-new-user");
		reportService.stubFor(WireMock.put(urlPathMatching("/api/reports/provinces/\\d{6}/storage"))
			.willReturn(okJson("{\"prepared\":1}")));
		reportService.stubFor(WireMock.get(urlPathEqualTo("/api/reports"))
			.atPriority(10)
			.willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"https://gongkai.io/problems/no-province\",\"status\":403}")));
		reportService.stubFor(WireMock.get(urlPathEqualTo("/api/reports"))
			.atPriority(1)
			.withHeader("Authorization", equalTo("Bearer " + CallerKind.COORDINATOR_OWN.token))
			.willReturn(okJson(reportPage("r-gs-victim", VICTIM, VICTIM_AGENCY))));
		reportService.stubFor(WireMock.get(urlPathEqualTo("/api/reports"))
			.atPriority(1)
			.withHeader("Authorization", equalTo("Bearer " + CallerKind.COORDINATOR_FOREIGN.token))
			.willReturn(okJson(reportPage("r-ln-home", HOME, "210000-home1"))));
	}

	private static String reportPage(String id, String province, String agency) {
		return "{\"items\":[{\"id\":\"" + id + "\",\"provinceCode\":\"" + province + "\",\"agencyId\":\"" + agency
				+ "\",\"year\":2023,\"status\":\"draft\",\"currentVersion\":null,\"deadline\":\"2024-01-31\","
				+ "\"firstSubmittedOn\":null}],\"page\":0,\"size\":200,\"total\":1}";
	}

	private void userCreatedAs(String id) {
		KeycloakStubs.userCreatedAs(this.keycloak, id);
	}

	private void onboard(String province, String username, String keycloakId) throws Exception {
		userCreatedAs(keycloakId);
		expectStatus(post("/api/tenants/" + province + "/onboarding").contentType(MediaType.APPLICATION_JSON)
			.content("{\"coordinator\":{\"username\":\"" + username + "\"}}"), CallerKind.PLATFORM_ADMIN, 200);
	}

	private void register(String province, String id, String name, String region) throws Exception {
		expectStatus(
				post("/api/tenants/" + province + "/agencies").contentType(MediaType.APPLICATION_JSON)
					.content("{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"level\":\"province\","
							+ "\"kind\":\"department\",\"regionCode\":\"" + region + "\"}"),
				CallerKind.PLATFORM_ADMIN, 201);
	}

	private void openReporter(String province, String username, String keycloakId, String agency) throws Exception {
		userCreatedAs(keycloakId);
		expectStatus(post("/api/tenants/" + province + "/accounts").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"username\":\"" + username + "\",\"role\":\"agency-reporter\",\"agencyId\":\"" + agency + "\"}"),
				CallerKind.PLATFORM_ADMIN, 201);
		userCreatedAs("kc-new-user");
	}

	private void remind(CallerKind caller, String province, String message) throws Exception {
		expectStatus(post("/api/tenants/" + province + "/follow-up/reminders").contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2023,\"message\":\"" + message + "\"}"), caller, 201);
	}

	private void expectStatus(MockHttpServletRequestBuilder request, CallerKind caller, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.header("Authorization", "Bearer " + caller.token))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
	}

	private Map<String, List<Document>> snapshot() {
		Map<String, List<Document>> snapshot = new LinkedHashMap<>();
		Set<String> names = new TreeSet<>();
		this.registryDatabase.listCollectionNames().into(names);
		for (String name : names) {
			snapshot.put(name,
					this.registryDatabase.getCollection(name)
						.find()
						.sort(new Document("_id", 1))
						.into(new ArrayList<>()));
		}
		return snapshot;
	}

	private void restore(Map<String, List<Document>> seed) {
		Set<String> names = new TreeSet<>();
		this.registryDatabase.listCollectionNames().into(names);
		for (String name : names) {
			this.registryDatabase.getCollection(name).deleteMany(new Document());
			List<Document> documents = seed.getOrDefault(name, List.of());
			if (!documents.isEmpty()) {
				this.registryDatabase.getCollection(name).insertMany(documents.stream().map(Document::new).toList());
			}
		}
		this.events.publishEvent(new AgenciesChanged(VICTIM));
		this.events.publishEvent(new AgenciesChanged(HOME));
		this.keycloak.resetRequests();
		reportService.resetRequests();
		this.circuitBreakers.circuitBreaker("report-service").reset();
		this.circuitBreakers.circuitBreaker("keycloak").reset();
	}

	private static void writeSummary(List<Outcome> outcomes, List<Outcome> wrongStatus, List<Outcome> leaking)
			throws IOException {
		IsolationMatrixSummary.titled("Tenant isolation matrix")
			.count("endpoints", endpoints().size())
			.count("cases", outcomes.size())
			.count("leaks", leaking.size())
			.count("unexpected statuses", wrongStatus.size())
			.write("isolation-matrix.md",
					outcomes.stream()
						.map((outcome) -> new IsolationMatrixSummary.Case(outcome.endpoint(), outcome.caller(),
								outcome.side(), outcome.expected(), outcome.actual(), outcome.leaks()))
						.toList());
	}

}
