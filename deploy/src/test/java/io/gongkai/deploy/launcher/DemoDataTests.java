package io.gongkai.deploy.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway and Keycloak are played by WireMock; the texts are the shipped ones.
 */
class DemoDataTests {

	private static final String LIAONING_SEED = "seeds/000_427be7f14bd29148.txt";

	private static final String SHUYANG = "corpus/02_shuyang_fgj_2023.txt";

	private static final String JIAOYUBU = "corpus/45_jiaoyubu_2010.txt";

	@RegisterExtension
	static WireMockExtension fake = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ObjectMapper json = JsonMapper.builder().build();

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@BeforeEach
	void stubKeycloakAndTheGateway() {
		for (String user : List.of("admin", "coordinator-210000", "coordinator-320000")) {
			fake.stubFor(post(urlEqualTo("/realms/gongkai/protocol/openid-connect/token"))
				.withRequestBody(containing("username=" + user + "&"))
				.withRequestBody(containing("password=gongkai-demo"))
				.willReturn(okJson("{\"access_token\":\"token-of-" + user + "\"}")));
		}
		fake.stubFor(post(urlPathMatching("/api/tenants/\\d{6}/agencies")).willReturn(created("{}")));
		fake.stubFor(post(urlPathMatching("/api/tenants/\\d{6}/onboarding"))
			.willReturn(okJson("{\"status\":\"active\",\"coordinatorUsername\":\"coordinator\"}")));
		fake.stubFor(get(urlEqualTo("/api/reports?size=200")).willReturn(okJson("{\"items\":[]}")));
		fake.stubFor(post(urlEqualTo("/api/reports/imports/preview"))
			.withHeader("Authorization", equalTo("Bearer token-of-coordinator-210000"))
			.willReturn(okJson("""
					{"id":"preview-ln","figures":{
					  "requests.received":{"value":2,"qualifier":"exact","state":"extracted"},
					  "website.visits":{"value":5,"qualifier":"exact","state":"rejected"}}}""")));
		fake.stubFor(post(urlEqualTo("/api/reports/imports/preview"))
			.withHeader("Authorization", equalTo("Bearer token-of-coordinator-320000"))
			.willReturn(okJson("{\"id\":\"preview-sy\",\"figures\":{}}")));
		fake.stubFor(post(urlPathMatching("/api/reports/imports/previews/.*/confirmations")).willReturn(okJson("{}")));
		fake.stubFor(post(urlEqualTo("/api/reports/imports/previews/preview-ln/draft"))
			.willReturn(created("{\"id\":\"report-ln\",\"status\":\"accepted\"}")));
		fake.stubFor(post(urlEqualTo("/api/reports/imports/previews/preview-sy/draft"))
			.willReturn(created("{\"id\":\"report-sy\",\"status\":\"accepted\"}")));
		fake.stubFor(post(urlPathMatching("/api/reports/report-.*/publish")).willReturn(okJson("{}")));
		fake.stubFor(post(urlEqualTo("/api/analytics/sync")).willReturn(aResponse().withStatus(202)));
	}

	@Test
	void eachTextIsImportedByItsProvincesCoordinatorIntoItsRegisteredAgencyAndPublished() {
		DemoData.Summary summary = demoData(LIAONING_SEED).load();

		assertThat(summary).isEqualTo(new DemoData.Summary(1, 0, 1, 0, 0));
		fake.verify(postRequestedFor(urlEqualTo("/api/tenants/210000/agencies"))
			.withHeader("Authorization", equalTo("Bearer token-of-admin"))
			.withRequestBody(equalToJson("""
					{"id":"210000-rst","name":"辽宁省人力资源和社会保障厅","aliases":[],
					 "level":"province","kind":"department","regionCode":"210000","scope":"own"}""")));
		fake.verify(postRequestedFor(urlEqualTo("/api/reports/imports/preview"))
			.withRequestBody(matchingJsonPath("$.name", equalTo("000_427be7f14bd29148.txt")))
			.withRequestBody(matchingJsonPath("$.text", containing("辽宁省人力资源和社会保障厅"))));
		fake.verify(postRequestedFor(urlEqualTo("/api/reports/imports/previews/preview-ln/confirmations"))
			.withHeader("Authorization", equalTo("Bearer token-of-coordinator-210000"))
			.withRequestBody(equalToJson("{\"metrics\":{\"requests.received\":{\"decision\":\"confirmed\"}}}")));
		fake.verify(postRequestedFor(urlEqualTo("/api/reports/imports/previews/preview-ln/draft"))
			.withRequestBody(equalToJson("{\"agencyId\":\"210000-rst\",\"kind\":\"department\",\"accepted\":true}")));
		fake.verify(1, postRequestedFor(urlEqualTo("/api/reports/report-ln/publish")).withHeader("Authorization",
				equalTo("Bearer token-of-coordinator-210000")));
		fake.verify(1, postRequestedFor(urlEqualTo("/api/analytics/sync")));
		assertThat(printed()).contains("演示数据：已导入 1/1 份报告");
	}

	@Test
	void theAdminOnboardsEachProvinceOfTheDemoWithItsDemoCoordinatorBeforeImporting() {
		demoData(LIAONING_SEED, SHUYANG, JIAOYUBU).load();

		for (String province : List.of("210000", "320000")) {
			fake.verify(1, postRequestedFor(urlEqualTo("/api/tenants/" + province + "/onboarding"))
				.withHeader("Authorization", equalTo("Bearer token-of-admin"))
				.withRequestBody(equalToJson("{\"coordinator\":{\"username\":\"coordinator-" + province + "\"}}")));
		}
		fake.verify(2, postRequestedFor(urlPathMatching("/api/tenants/\\d{6}/onboarding")));
		assertThat(printed()).contains("演示数据：2 个省份已接入平台");
	}

	@Test
	void aProvinceThatCannotBeOnboardedIsSaidAndItsTextsStillLoad() {
		fake.stubFor(post(urlEqualTo("/api/tenants/210000/onboarding"))
			.willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"https://gongkai.io/problems/username-taken","title":"用户名已被占用"}""")));

		DemoData.Summary summary = demoData(LIAONING_SEED).load();

		assertThat(printed()).contains("接入省份 210000未成功").contains("username-taken");
		assertThat(summary.reportsCreated()).isEqualTo(1);
	}

	@Test
	void aTextWithNoFiguresToConfirmGoesStraightToItsReport() {
		demoData(SHUYANG).load();

		fake.verify(0, postRequestedFor(urlEqualTo("/api/reports/imports/previews/preview-sy/confirmations")));
		fake.verify(1, postRequestedFor(urlEqualTo("/api/reports/report-sy/publish")));
	}

	@Test
	void aSecondStartFindsTheAgencysPublishedReportAndImportsNothing() {
		fake.stubFor(get(urlEqualTo("/api/reports?size=200")).willReturn(okJson("""
				{"items":[{"id":"report-ln","agencyId":"210000-rst","year":2011,"status":"published"}]}""")));
		fake.stubFor(post(urlPathMatching("/api/tenants/\\d{6}/agencies"))
			.willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")));

		DemoData.Summary summary = demoData(LIAONING_SEED).load();

		assertThat(summary).isEqualTo(new DemoData.Summary(0, 1, 0, 1, 0));
		fake.verify(0, postRequestedFor(urlEqualTo("/api/reports/imports/preview")));
		fake.verify(0, postRequestedFor(urlPathMatching("/api/reports/report-.*/publish")));
		fake.verify(0, postRequestedFor(urlEqualTo("/api/analytics/sync")));
		assertThat(printed()).contains("演示数据：已导入 1/1 份报告");
	}

	@Test
	void aSecondStartThatFindsEveryReportPublishedSignsInNowhereAndChangesNothing() {
		stubPublished("210000-rst", 1);
		stubPublished("321322-fgj", 1);

		DemoData.Summary summary = demoData(LIAONING_SEED, SHUYANG, JIAOYUBU).load();

		assertThat(summary).isEqualTo(new DemoData.Summary(0, 2, 0, 2, 1));
		fake.verify(0, postRequestedFor(urlPathMatching(".*")));
		fake.verify(0, getRequestedFor(urlPathMatching("/api/reports.*")));
		fake.verify(0,
				getRequestedFor(urlPathMatching("/api/public/reports")).withHeader("Authorization", matching(".*")));
		assertThat(printed()).contains("演示数据：2 份报告都已公开（另有 1 份按计划跳过），无需导入");
	}

	@Test
	void aSecondStartThatMissesOnePublishedReportLoadsAsAFirstStartWould() {
		stubPublished("210000-rst", 1);
		stubPublished("321322-fgj", 0);

		DemoData.Summary summary = demoData(LIAONING_SEED, SHUYANG).load();

		assertThat(summary.reportsCreated()).isEqualTo(2);
		fake.verify(2, postRequestedFor(urlPathMatching("/api/tenants/\\d{6}/onboarding")));
		fake.verify(1, postRequestedFor(urlEqualTo("/api/reports/report-sy/publish")));
	}

	@Test
	void aReportLeftAcceptedByAnInterruptedStartIsPublishedNextTime() {
		fake.stubFor(get(urlEqualTo("/api/reports?size=200")).willReturn(okJson("""
				{"items":[{"id":"report-ln","agencyId":"210000-rst","year":2011,"status":"accepted"}]}""")));

		demoData(LIAONING_SEED).load();

		fake.verify(0, postRequestedFor(urlEqualTo("/api/reports/imports/preview")));
		fake.verify(1, postRequestedFor(urlEqualTo("/api/reports/report-ln/publish")));
	}

	@Test
	void aTextTheImportCannotMakeAReportOfIsSkippedWithWhyAndTheOthersStillLoad() {
		fake.stubFor(post(urlEqualTo("/api/reports/imports/previews/preview-ln/draft"))
			.willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"https://gongkai.io/problems/preview-incomplete","title":"报告不完整",
					 "detail":"原文中没有找到报告的年度"}""")));

		DemoData.Summary summary = demoData(LIAONING_SEED, JIAOYUBU, SHUYANG).load();

		assertThat(summary).isEqualTo(new DemoData.Summary(2, 0, 1, 0, 2));
		assertThat(printed()).contains("演示数据：跳过 000_427be7f14bd29148.txt：由原文生成报告未成功")
			.contains("preview-incomplete")
			.contains("原文中没有找到报告的年度")
			.contains("演示数据：跳过 45_jiaoyubu_2010.txt：教育部是中央国家机关")
			.contains("演示数据：已导入 1/3 份报告");
		fake.verify(1, postRequestedFor(urlEqualTo("/api/reports/report-sy/publish")));
		fake.verify(0, postRequestedFor(urlEqualTo("/api/reports/report-ln/publish")));
	}

	@Test
	void anAgencyTheRegistryRefusesSkipsItsTextWithTheReasonAndTheOthersStillLoad() {
		fake.stubFor(post(urlEqualTo("/api/tenants/210000/agencies"))
			.willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"https://gongkai.io/problems/invalid-agency","detail":"编号须以区划代码开头"}""")));

		DemoData.Summary summary = demoData(LIAONING_SEED, SHUYANG).load();

		assertThat(summary.skipped()).isEqualTo(1);
		assertThat(summary.reportsCreated()).isEqualTo(1);
		assertThat(printed()).contains("演示数据：跳过 000_427be7f14bd29148.txt：登记机关 210000-rst未成功")
			.contains("invalid-agency")
			.contains("编号须以区划代码开头");
		fake.verify(0, getRequestedFor(urlEqualTo("/api/reports?size=200")).withHeader("Authorization",
				equalTo("Bearer token-of-coordinator-210000")));
	}

	@Test
	void theGatewaysRateLimitAndAServiceSlowToAnswerAreWaitedOut() {
		fake.stubFor(post(urlEqualTo("/api/tenants/210000/agencies")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
			.willSetStateTo("slow"));
		fake.stubFor(post(urlEqualTo("/api/tenants/210000/agencies")).inScenario("busy")
			.whenScenarioStateIs("slow")
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0"))
			.willSetStateTo("free"));
		fake.stubFor(post(urlEqualTo("/api/tenants/210000/agencies")).inScenario("busy")
			.whenScenarioStateIs("free")
			.willReturn(created("{}")));

		assertThat(demoData(LIAONING_SEED).load()).isEqualTo(new DemoData.Summary(1, 0, 1, 0, 0));
		fake.verify(3, postRequestedFor(urlEqualTo("/api/tenants/210000/agencies")));
	}

	@Test
	void theSynchronisationFailingOnlySaysTheFiguresComeWithTheNextRound() {
		fake.stubFor(post(urlEqualTo("/api/analytics/sync")).willReturn(aResponse().withStatus(500)));

		assertThat(demoData(LIAONING_SEED).load().reportsCreated()).isEqualTo(1);
		assertThat(printed()).contains("全国数据会在下一轮定时同步时更新");
		fake.verify(1, postRequestedFor(urlEqualTo("/api/analytics/sync")));
	}

	private DemoData demoData(String... files) {
		List<DemoTexts.DemoText> texts = DemoTexts.shipped(this.json)
			.stream()
			.filter((text) -> List.of(files).contains(text.file()))
			.sorted(Comparator.comparing((text) -> List.of(files).indexOf(text.file())))
			.toList();
		assertThat(texts).hasSize(files.length);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String base = fake.baseUrl();
		GatewayCalls calls = new GatewayCalls(http, this.json,
				new PasswordGrant(http, this.json, base + "/realms/gongkai"), base);
		return new DemoData(calls, new Console(new PrintStream(this.printed, true, StandardCharsets.UTF_8)), texts);
	}

	/** The public list of an agency's published reports, as a second start asks it. */
	private static void stubPublished(String agency, int total) {
		fake.stubFor(get(urlEqualTo("/api/public/reports?size=1&agency=" + agency))
			.willReturn(okJson("{\"items\":[],\"page\":0,\"size\":1,\"total\":" + total + "}")));
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

	private static ResponseDefinitionBuilder created(String body) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
	}

}
