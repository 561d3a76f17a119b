package io.gongkai.deploy.launcher;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gateway and Keycloak are played by WireMock, which remembers what was created and
 * answers 409 for it afterwards, as the services do.
 */
class DemoDataTests {

	private static final Map<String, String> AGENCY_PROVINCES = Map.of("210000-rst", "210000", "620421-rsj", "620000",
			"460100-rsj", "460000", "140400-ldj", "140000", "370200-rsj", "370000");

	private static final Map<String, Integer> REPORT_YEARS = Map.of("210000", 2011, "620000", 2016, "460000", 2014,
			"140000", 2009, "370000", 2013);

	@RegisterExtension
	static WireMockExtension fake = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ObjectMapper json = JsonMapper.builder().build();

	@BeforeEach
	void stubKeycloakAndGateway() {
		fake.stubFor(post(urlEqualTo("/realms/gongkai/protocol/openid-connect/token"))
			.withRequestBody(containing("client_id=gongkai-cli"))
			.withRequestBody(containing("grant_type=password"))
			.withRequestBody(containing("password=gongkai-demo"))
			.willReturn(okJson("{\"access_token\":\"token-of-admin\",\"token_type\":\"Bearer\"}")));
		for (String province : REPORT_YEARS.keySet()) {
			for (String role : List.of("reporter", "coordinator")) {
				fake.stubFor(post(urlEqualTo("/realms/gongkai/protocol/openid-connect/token"))
					.withRequestBody(containing("username=" + role + "-" + province))
					.willReturn(okJson("{\"access_token\":\"token-of-" + role + "-" + province + "\"}")));
			}
			for (String step : List.of("submit", "accept", "publish")) {
				fake.stubFor(post(urlEqualTo("/api/reports/report-" + province + "/" + step))
					.willReturn(okJson("{\"id\":\"report-" + province + "\"}")));
			}
		}
		AGENCY_PROVINCES.forEach((agency, province) -> createdOnceThenConflict("agency " + agency, "{}",
				() -> post(urlEqualTo("/api/tenants/" + province + "/agencies"))
					.withHeader("Authorization", equalTo("Bearer token-of-admin"))
					.withRequestBody(matchingJsonPath("$.id", equalTo(agency)))));
		REPORT_YEARS.forEach((province, year) -> createdOnceThenConflict("report " + province,
				"{\"id\":\"report-" + province + "\"}",
				() -> post(urlEqualTo("/api/reports"))
					.withHeader("Authorization", equalTo("Bearer token-of-reporter-" + province))
					.withRequestBody(matchingJsonPath("$.year", equalTo(year.toString())))));
	}

	private void createdOnceThenConflict(String scenario, String created, Supplier<MappingBuilder> request) {
		fake.stubFor(request.get()
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(created))
			.willSetStateTo("exists"));
		fake.stubFor(request.get()
			.inScenario(scenario)
			.whenScenarioStateIs("exists")
			.willReturn(aResponse().withStatus(409)
				.withHeader("Content-Type", "application/problem+json")
				.withBody("{\"title\":\"Already exists\"}")));
	}

	@Test
	void aSecondLoadFindsEverythingThereAndCreatesNothing() {
		DemoData.Summary first = demoData().load();
		DemoData.Summary second = demoData().load();

		assertThat(first).isEqualTo(new DemoData.Summary(5, 0, 5, 0));
		assertThat(second).isEqualTo(new DemoData.Summary(0, 5, 0, 5));
		AGENCY_PROVINCES.forEach((agency, province) -> fake.verify(2,
				postRequestedFor(urlEqualTo("/api/tenants/" + province + "/agencies"))
					.withRequestBody(matchingJsonPath("$.id", equalTo(agency)))));
		fake.verify(10, postRequestedFor(urlEqualTo("/api/reports")));
	}

	@Test
	void eachNewReportIsSubmittedByItsReporterThenAcceptedAndPublishedByItsCoordinatorOnce() {
		demoData().load();
		demoData().load();

		for (String province : REPORT_YEARS.keySet()) {
			String report = "/api/reports/report-" + province;
			fake.verify(1, postRequestedFor(urlEqualTo(report + "/submit")).withHeader("Authorization",
					equalTo("Bearer token-of-reporter-" + province)));
			for (String step : List.of("accept", "publish")) {
				fake.verify(1, postRequestedFor(urlEqualTo(report + "/" + step)).withHeader("Authorization",
						equalTo("Bearer token-of-coordinator-" + province)));
			}
		}
	}

	@Test
	void agenciesAreSentWithTheirRegistryFieldsOnly() {
		demoData().load();
		fake.verify(postRequestedFor(urlEqualTo("/api/tenants/140000/agencies")).withRequestBody(equalToJson("""
				{"id":"140400-ldj","name":"长治市劳动和社会保障局","aliases":["长治市人力资源和社会保障局"],
				 "level":"prefecture","kind":"department","regionCode":"140400","scope":"own"}""")));
	}

	@Test
	void eachReportIsSubmittedByItsProvincesReporterWithItsFigures() {
		demoData().load();
		fake.verify(postRequestedFor(urlEqualTo("/api/reports"))
			.withHeader("Authorization", equalTo("Bearer token-of-reporter-210000"))
			.withRequestBody(matchingJsonPath("$.agencyName", equalTo("辽宁省人力资源和社会保障厅")))
			.withRequestBody(matchingJsonPath("$.publishedOn", equalTo("2012-03-23")))
			.withRequestBody(matchingJsonPath("$.format", equalTo("legacy")))
			.withRequestBody(matchingJsonPath("$.scope", equalTo("own")))
			.withRequestBody(matchingJsonPath("$.metrics['proactive.total'].value", equalTo("6000")))
			.withRequestBody(matchingJsonPath("$.metrics['proactive.total'].qualifier", equalTo("at_least"))));
	}

	@Test
	void reportsWithoutAPublicationDateLeaveItOut() {
		List<JsonNode> reports = demoData().reports();
		JsonNode haikou = reports.stream()
			.filter((r) -> r.path("provinceCode").asString().equals("460000"))
			.findFirst()
			.orElseThrow();
		assertThat(demoData().reportRequest(haikou).has("publishedOn")).isFalse();
		assertThat(demoData().reportRequest(haikou).has("source")).isFalse();
	}

	@Test
	void aServerErrorStopsLoadingWithWhatFailed() {
		fake.resetAll();
		fake.stubFor(post(urlEqualTo("/realms/gongkai/protocol/openid-connect/token"))
			.willReturn(okJson("{\"access_token\":\"t\"}")));
		fake.stubFor(post(urlEqualTo("/api/tenants/210000/agencies"))
			.willReturn(aResponse().withStatus(503).withBody("{\"title\":\"tenant-service unavailable\"}")));
		assertThatThrownBy(() -> demoData().load()).isInstanceOf(LauncherException.class)
			.hasMessageContaining("agency 210000-rst")
			.hasMessageContaining("503")
			.hasMessageContaining("tenant-service unavailable");
	}

	@Test
	void theShippedDemoSetHasFiveAgenciesAndOneReportForEach() {
		assertThat(demoData().agencies()).extracting((a) -> a.path("id").asString())
			.containsExactlyInAnyOrderElementsOf(AGENCY_PROVINCES.keySet());
		assertThat(demoData().reports()).extracting((r) -> r.path("provinceCode").asString())
			.containsExactlyInAnyOrderElementsOf(REPORT_YEARS.keySet());
	}

	private DemoData demoData() {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String base = fake.baseUrl();
		return new DemoData(http, this.json, new PasswordGrant(http, this.json, base + "/realms/gongkai"), base);
	}

}
