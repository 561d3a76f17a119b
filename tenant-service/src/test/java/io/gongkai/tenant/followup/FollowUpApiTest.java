package io.gongkai.tenant.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.mongodb.client.MongoDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.tenant.TenantServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The follow-up against a WireMock report-service that, like the real one, answers a
 * province's list only to that province's coordinator token, two reports a page. The
 * clock stands at 10 February 2024, 10:00 in China: departments' reports on 2023 were due
 * on 31 January, governments' are due on 31 March.
 */
@SpringBootTest(
		properties = { "gongkai.follow-up.page-size=2", "gongkai.neighbours.report-service.read-timeout=300ms" })
class FollowUpApiTest extends TenantServiceTest {

	static final String GANSU = "620000";

	static final Instant NOW = Instant.parse("2024-02-10T02:00:00Z");

	static final String COORDINATOR = tokens.coordinatorNamed(GANSU, "王", "芳");

	static boolean registered;

	/**
	 * The reports on 2023 report-service holds for Gansu, in its order (agency id).
	 */
	static final List<String> REPORTS = List.of(report("r-c", "620000-c", "draft", null, "2024-01-31", null),
			report("r-d", "620000-d", "submitted", null, "2024-01-31", "2024-01-20"),
			report("r-e", "620000-e", "published", 1, "2024-01-31", "2024-02-05"),
			report("r-f", "620000-f", "returned", null, "2024-03-31", "2024-01-15"),
			report("r-g", "620000-g", "accepted", 1, "2024-01-31", "2024-01-30"),
			report("r-h", "620000-h", "draft", null, "2024-03-31", null),
			report("r-i", "620000-i", "draft", 1, "2024-01-31", "2024-01-10"),
			report("r-old", "620000-old", "draft", null, "2024-01-31", null));

	@Autowired
	MockMvc mvc;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	MongoDatabase registryDatabase;

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@BeforeEach
	void gansuHasItsAgenciesAndReports() throws Exception {
		reportService.resetAll();
		tokens.server().resetRequests();
		this.circuitBreakers.circuitBreaker("report-service").reset();
		this.registryDatabase.getCollection("reminders").deleteMany(new Document());
		reportService.stubFor(WireMock.get(urlPathEqualTo("/api/reports"))
			.atPriority(10)
			.willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"https://gongkai.io/problems/no-province\",\"status\":403}")));
		for (int page = 0; page * 2 < REPORTS.size(); page++) {
			List<String> items = REPORTS.subList(page * 2, Math.min(REPORTS.size(), page * 2 + 2));
			reportService.stubFor(WireMock.get(urlPathEqualTo("/api/reports"))
				.atPriority(1)
				.withHeader("Authorization", equalTo("Bearer " + COORDINATOR))
				.withQueryParam("year", equalTo("2023"))
				.withQueryParam("page", equalTo(String.valueOf(page)))
				.willReturn(okJson("{\"items\":[" + String.join(",", items) + "],\"page\":" + page
						+ ",\"size\":2,\"total\":" + REPORTS.size() + "}")));
		}
		keycloakHoldsTheReporters();
		if (registered) {
			return;
		}
		register("620000-a", "甘肃省甲厅", "department", null);
		register("620000-b", "甘肃省乙市人民政府", "government", null);
		register("620000-c", "甘肃省丙厅", "department", null);
		register("620000-d", "甘肃省丁厅", "department", null);
		register("620000-e", "甘肃省戊厅", "department", null);
		register("620000-f", "甘肃省己县人民政府", "government", null);
		register("620000-g", "甘肃省庚厅", "department", null);
		register("620000-h", "甘肃省辛县人民政府", "government", null);
		register("620000-i", "甘肃省壬厅", "department", null);
		register("620000-old", "甘肃省旧厅", "department", 2022);
		registered = true;
	}

	@Test
	void eachExpectedAgencyHasItsStateAndLatenessOnTheFixedDay() throws Exception {
		followUp(COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.reportsReadAt").value("2024-02-10T02:00:00Z"))
			.andExpect(jsonPath("$.today").value("2024-02-10"))
			.andExpect(jsonPath("$.total").value(9))
			.andExpect(jsonPath("$.reportsOutsideRegistry").value(1))
			.andExpect(state("620000-a", "late", true))
			.andExpect(jsonPath("$.agencies[?(@.agencyId=='620000-a')].deadline").value("2024-01-31"))
			.andExpect(jsonPath("$.agencies[?(@.agencyId=='620000-a' && @.reportId == null)]").isNotEmpty())
			.andExpect(state("620000-b", "not_started", false))
			.andExpect(jsonPath("$.agencies[?(@.agencyId=='620000-b')].deadline").value("2024-03-31"))
			.andExpect(state("620000-c", "late", true))
			.andExpect(state("620000-d", "submitted", false))
			.andExpect(jsonPath("$.agencies[?(@.agencyId=='620000-d')].firstSubmittedOn").value("2024-01-20"))
			.andExpect(state("620000-e", "published", true))
			.andExpect(state("620000-f", "returned", false))
			.andExpect(state("620000-g", "accepted", false))
			.andExpect(state("620000-h", "draft", false))
			.andExpect(state("620000-i", "draft", false))
			.andExpect(jsonPath("$.agencies[?(@.agencyId=='620000-i')].amendment").value(true))
			.andExpect(jsonPath("$.agencies[?(@.agencyId=='620000-old')]").isEmpty())
			.andExpect(jsonPath("$.counts.not_started").value(1))
			.andExpect(jsonPath("$.counts.draft").value(2))
			.andExpect(jsonPath("$.counts.submitted").value(1))
			.andExpect(jsonPath("$.counts.returned").value(1))
			.andExpect(jsonPath("$.counts.accepted").value(1))
			.andExpect(jsonPath("$.counts.published").value(1))
			.andExpect(jsonPath("$.counts.late").value(2))
			.andExpect(jsonPath("$.lateTotal").value(3));
	}

	@Test
	void reportServiceReceivesTheCallersOwnTokenAndNeverTheServiceAccounts() throws Exception {
		followUp(COORDINATOR).andExpect(status().isOk());
		reportService.verify(4, getRequestedFor(urlPathEqualTo("/api/reports")));
		reportService.verify(4, getRequestedFor(urlPathEqualTo("/api/reports")).withHeader("Authorization",
				equalTo("Bearer " + COORDINATOR)));
		tokens.server().verify(0, postRequestedFor(urlPathEqualTo("/realms/gongkai/protocol/openid-connect/token")));
	}

	@Test
	void everyPageOfTheYearIsReadUntilTheTotal() throws Exception {
		followUp(COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies[?(@.reportId != null)].reportId")
				.value(containsInAnyOrder("r-c", "r-d", "r-e", "r-f", "r-g", "r-h", "r-i")));
		for (int page = 0; page < 4; page++) {
			reportService.verify(1,
					getRequestedFor(urlPathEqualTo("/api/reports"))
						.withQueryParam("page", equalTo(String.valueOf(page)))
						.withQueryParam("size", equalTo("2"))
						.withQueryParam("year", equalTo("2023")));
		}
		reportService.verify(0, getRequestedFor(urlPathEqualTo("/api/reports")).withQueryParam("page", equalTo("4")));
	}

	@Test
	void reportServiceDownAnswers503QuicklyAndNothingOlderInItsPlace() throws Exception {
		followUp(COORDINATOR).andExpect(status().isOk());
		reportService.stubFor(WireMock.get(urlPathEqualTo("/api/reports"))
			.atPriority(0)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		long start = System.nanoTime();
		followUp(COORDINATOR).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/service-unavailable"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("report-service")))
			.andExpect(jsonPath("$.agencies").doesNotExist())
			.andExpect(header().string("Retry-After", "60"));
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
	}

	@Test
	void aSlowReportServiceAnswers503WithinTheTimeOuts() throws Exception {
		reportService.stubFor(WireMock.get(urlPathEqualTo("/api/reports"))
			.atPriority(0)
			.willReturn(okJson("{\"items\":[],\"page\":0,\"size\":2,\"total\":0}").withFixedDelay(1000)));
		long start = System.nanoTime();
		followUp(COORDINATOR).andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/service-unavailable"));
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
		// the stand-in journals a request once it has answered it: wait for the three
		// attempts
		long until = System.nanoTime() + 5_000_000_000L;
		while (reportService.findAll(getRequestedFor(urlPathEqualTo("/api/reports"))).size() < 3
				&& System.nanoTime() < until) {
			Thread.sleep(50);
		}
		reportService.verify(3, getRequestedFor(urlPathEqualTo("/api/reports")));
	}

	@Test
	void remindersAreRecordedForTheAgenciesBehindOnlyWithThePeoplesNames() throws Exception {
		remind(COORDINATOR, "{\"year\":2023,\"message\":\"请于本周内提交年度报告\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.queued[*].agencyId")
				.value(containsInAnyOrder("620000-a", "620000-b", "620000-c", "620000-f", "620000-h")))
			.andExpect(jsonPath("$.queued[?(@.agencyId=='620000-a')].recipients[0]").value("620000-a-reporter"))
			.andExpect(jsonPath("$.queued[?(@.agencyId=='620000-b')].recipients[0]").value("reporter-b-demo"))
			.andExpect(jsonPath("$.queued[?(@.agencyId=='620000-b')].recipientNames[0]").value("李敏"))
			.andExpect(jsonPath("$.queued[?(@.agencyId=='620000-a')].recipientNames[0]").value("620000-a-reporter"))
			.andExpect(jsonPath("$.queued[?(@.agencyId=='620000-c')].recipients[0]").doesNotExist())
			.andExpect(jsonPath("$.queued[?(@.agencyId=='620000-a')].state").value("late"));
		this.mvc
			.perform(get("/api/tenants/" + GANSU + "/follow-up/reminders?year=2023").header("Authorization",
					"Bearer " + COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items[*].status")
				.value(containsInAnyOrder("queued", "queued", "queued", "queued", "queued")))
			.andExpect(jsonPath("$.items[0].message").value("请于本周内提交年度报告"))
			.andExpect(jsonPath("$.items[0].sentBy").value("coordinator-620000"))
			.andExpect(jsonPath("$.items[0].sentByName").value("王芳"))
			.andExpect(jsonPath("$.items[?(@.agencyId=='620000-b')].recipientNames[0]").value("李敏"));
		assertThat(this.registryDatabase.getCollection("reminders")
			.distinct("agencyId", String.class)
			.into(new ArrayList<>()))
			.containsExactlyInAnyOrder("620000-a", "620000-b", "620000-c", "620000-f", "620000-h");
	}

	@Test
	void agenciesNamedThatAreNotBehindAreSkippedNotReminded() throws Exception {
		remind(COORDINATOR,
				"{\"year\":2023,\"agencyIds\":[\"620000-d\",\"620000-a\",\"620000-i\"],\"message\":\"请提交\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.queued", hasSize(1)))
			.andExpect(jsonPath("$.queued[0].agencyId").value("620000-a"))
			.andExpect(jsonPath("$.skipped[*].agencyId").value(containsInAnyOrder("620000-d", "620000-i")));
		assertThat(this.registryDatabase.getCollection("reminders").countDocuments()).isEqualTo(1);
	}

	@Test
	void anAgencyThatIsNotExpectedIsRefusedAndNothingQueued() throws Exception {
		remind(COORDINATOR, "{\"year\":2023,\"agencyIds\":[\"620000-a\",\"620000-old\"],\"message\":\"请提交\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.agencyIds[0]").value("620000-old"));
		assertThat(this.registryDatabase.getCollection("reminders").countDocuments()).isZero();
	}

	@Test
	void whenReportServiceIsDownNoReminderIsQueued() throws Exception {
		reportService.stubFor(
				WireMock.get(urlPathEqualTo("/api/reports")).atPriority(0).willReturn(aResponse().withStatus(503)));
		remind(COORDINATOR, "{\"year\":2023,\"message\":\"请提交\"}").andExpect(status().isServiceUnavailable());
		assertThat(this.registryDatabase.getCollection("reminders").countDocuments()).isZero();
	}

	@Test
	void anotherProvincesCoordinatorIsRefusedAndReportServiceIsNotAsked() throws Exception {
		String liaoning = tokens.coordinator("210000");
		followUp(liaoning).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/foreign-province"));
		remind(liaoning, "{\"year\":2023,\"message\":\"请提交\"}").andExpect(status().isForbidden());
		this.mvc
			.perform(
					get("/api/tenants/" + GANSU + "/follow-up/reminders").header("Authorization", "Bearer " + liaoning))
			.andExpect(status().isForbidden());
		reportService.verify(0, getRequestedFor(urlPathEqualTo("/api/reports")));
		assertThat(this.registryDatabase.getCollection("reminders").countDocuments()).isZero();
	}

	@Test
	void aReporterOfTheProvinceIsRefused() throws Exception {
		String reporter = tokens.reporter(GANSU, "620000-a");
		followUp(reporter).andExpect(status().isForbidden());
		remind(reporter, "{\"year\":2023,\"message\":\"请提交\"}").andExpect(status().isForbidden());
		reportService.verify(0, getRequestedFor(urlPathEqualTo("/api/reports")));
		assertThat(this.registryDatabase.getCollection("reminders").countDocuments()).isZero();
	}

	@Test
	void thePlatformAdminIsToldReportServiceDoesNotShowItTheReports() throws Exception {
		followUp(tokens.admin()).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/reports-not-visible"));
		reportService.verify(getRequestedFor(urlPathEqualTo("/api/reports")).withHeader("Authorization",
				notContaining(COORDINATOR)));
	}

	/**
	 * Keycloak holds an enabled reporter of 620000-a opened through the platform, one of
	 * 620000-b made in Keycloak directly, and a disabled one of 620000-c.
	 */
	private static void keycloakHoldsTheReporters() {
		String admin = "/admin/realms/gongkai";
		tokens.server()
			.stubFor(WireMock.post(urlPathEqualTo("/realms/gongkai/protocol/openid-connect/token"))
				.willReturn(
						okJson("{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
		tokens.server().stubFor(WireMock.get(urlPathEqualTo(admin + "/users")).willReturn(okJson("""
				[{"id":"u-a","username":"620000-a-reporter","enabled":true,
				  "attributes":{"province":["620000"],"agency":["620000-a"]}},
				 {"id":"u-b","username":"reporter-b-demo","firstName":"敏","lastName":"李","enabled":true,
				  "attributes":{"province":["620000"],"agency":["620000-b"]}},
				 {"id":"u-c","username":"reporter-c-left","enabled":false,
				  "attributes":{"province":["620000"],"agency":["620000-c"]}}]""")));
		tokens.server()
			.stubFor(WireMock.get(urlPathEqualTo(admin + "/roles/agency-reporter/users"))
				.willReturn(okJson("[{\"id\":\"u-a\"},{\"id\":\"u-b\"},{\"id\":\"u-c\"}]")));
		tokens.server()
			.stubFor(WireMock.get(urlPathEqualTo(admin + "/roles/provincial-coordinator/users"))
				.willReturn(okJson("[]")));
	}

	private ResultActions followUp(String token) throws Exception {
		return this.mvc
			.perform(get("/api/tenants/" + GANSU + "/follow-up?year=2023").header("Authorization", "Bearer " + token));
	}

	private ResultActions remind(String token, String json) throws Exception {
		return this.mvc
			.perform(post("/api/tenants/" + GANSU + "/follow-up/reminders").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	private void register(String id, String name, String kind, Integer abolishedYear) throws Exception {
		this.mvc
			.perform(post("/api/tenants/" + GANSU + "/agencies").header("Authorization", "Bearer " + COORDINATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"level\":\"province\",\"kind\":\"" + kind
						+ "\",\"regionCode\":\"620000\",\"createdYear\":2010"
						+ ((abolishedYear != null) ? ",\"abolishedYear\":" + abolishedYear : "") + "}"))
			.andExpect(status().isCreated());
	}

	private static org.springframework.test.web.servlet.ResultMatcher state(String agency, String state, boolean late) {
		return (result) -> {
			jsonPath("$.agencies[?(@.agencyId=='" + agency + "')].state").value(state).match(result);
			jsonPath("$.agencies[?(@.agencyId=='" + agency + "')].late").value(late).match(result);
		};
	}

	private static String report(String id, String agency, String status, Integer currentVersion, String deadline,
			String firstSubmittedOn) {
		return "{\"id\":\"" + id + "\",\"provinceCode\":\"620000\",\"agencyId\":\"" + agency
				+ "\",\"agencyName\":\"名称\",\"year\":2023,\"format\":\"template2021\",\"kind\":\"department\","
				+ "\"scope\":\"own\",\"status\":\"" + status + "\",\"version\":1,\"currentVersion\":" + currentVersion
				+ ",\"deadline\":\"" + deadline + "\",\"firstSubmittedOn\":"
				+ ((firstSubmittedOn != null) ? "\"" + firstSubmittedOn + "\"" : "null") + ",\"onTime\":null,"
				+ "\"updatedAt\":\"2024-02-01T00:00:00Z\"}";
	}

}
