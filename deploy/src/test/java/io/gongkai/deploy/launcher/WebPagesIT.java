package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.text.NumberFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real browser (headless Chromium) against the whole platform: a new
 * agency's reporter uploads the text of its published report, confirms the figures and
 * submits; the coordinator returns it with a comment on a figure, after confirming; the
 * agency fixes it and submits again; the coordinator sees what changed since the return,
 * accepts and publishes, confirming each in a dialog; the analyst finds the province's
 * figure on the map and in the ranking and downloads the XLSX. People of other provinces
 * typing the report's address see no data of it. A template report submitted with a
 * warning explained shows the coordinator the explanation beside the warning. Screenshots
 * of every step are kept in {@code deploy/target/browser-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPlatform.class)
class WebPagesIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String PROVINCE = "210000";

	private static final String AGENCY = "210000-web-e2e";

	private static final String AGENCY_NAME = "辽宁省网页测试厅";

	private static final String REPORTER = "web-reporter-210000";

	/** The published report of 辽宁省人力资源和社会保障厅 on 2011, as its agency put it online. */
	private static final Path SEED = Path
		.of("report-service/src/test/resources/textimport/seeds/000_427be7f14bd29148.txt");

	/**
	 * A complete, consistent 2021 template report, as the report service's tests use it.
	 */
	private static final Path TEMPLATE_REPORT = Path
		.of("report-service/src/test/resources/validation/complete-2021-template2021.json");

	private static final String EXPLANATION = "本年度无需改进的事项，已在总体情况中说明。";

	private static final String FIGURE = "requests.received";

	private static final int YEAR = 2011;

	/**
	 * The province page's link back to the map, which an unknown province must not show.
	 */
	private static final String BACK_TO_NATION = "返回全国";

	/** 山西, whose demo agency is 长治市劳动和社会保障局 (140400-ldj), with its demo accounts. */
	private static final String SHANXI = "140000";

	private RunningPlatform platform;

	private String temporaryPassword;

	private String reportId;

	@BeforeAll
	void aCoordinatorRegistersTheAgencyAndOpensItsReportersAccount(RunningPlatform platform) throws Exception {
		this.platform = platform;
		String coordinator = platform.password("gongkai-cli", "coordinator-" + PROVINCE);
		HttpResponse<String> agency = platform
			.send("POST", "/api/tenants/" + PROVINCE + "/agencies", coordinator, "{\"id\":\"" + AGENCY
					+ "\",\"name\":\"" + AGENCY_NAME
					+ "\",\"level\":\"province\",\"kind\":\"department\",\"regionCode\":\"210000\",\"scope\":\"own\"}");
		assertThat(agency.statusCode()).as(agency.body()).isEqualTo(201);
		HttpResponse<String> account = platform.send("POST", "/api/tenants/" + PROVINCE + "/accounts", coordinator,
				"{\"username\":\"" + REPORTER + "\",\"role\":\"agency-reporter\",\"agencyId\":\"" + AGENCY + "\"}");
		assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
		this.temporaryPassword = json.readTree(account.body()).get("temporaryPassword").asString();
	}

	@Test
	@Order(1)
	void theAgencyUploadsItsPublishedReportConfirmsTheFiguresAndSubmits() throws Exception {
		try (BrowserSession reporter = BrowserSession.signIn(this.platform.gateway(), REPORTER, this.temporaryPassword,
				RunningPlatform.DEMO_PASSWORD)) {
			assertThat(reporter.signInPageText()).as("Keycloak's sign-in page")
				.contains("登录")
				.doesNotContain("Sign in");
			assertThat(reporter.newPasswordPageText()).as("Keycloak's page for the new password")
				.contains("密码")
				.doesNotContain("Update password");
			reporter.find("upload-report");
			reporter.screenshot("home");
			reporter.click("upload-report");
			reporter.find("upload-file").sendKeys(seed().toString());
			reporter.click("upload-submit");
			reporter.find("figure-" + FIGURE);
			reporter.screenshot("preview");
			reporter.click("confirm-all");
			// the registry knows the report's agency (210000-rst), not this new agency:
			// the
			// reporter states it is its own agency's report before the draft is made
			reporter.find("preview-errors");
			reporter.click("confirm-own-agency");
			reporter.click("create-draft");
			reporter.waitForState("draft");
			this.reportId = reportIdOf(reporter);
			reporter.screenshot("draft");
			submit(reporter);
			reporter.screenshot("submitted");
		}
	}

	@Test
	@Order(2)
	void theCoordinatorReturnsItWithACommentOnAFigure() throws Exception {
		try (BrowserSession coordinator = signInDemo("coordinator-" + PROVINCE)) {
			coordinator.open("/coordinator?year=" + YEAR);
			coordinator.find("agency-row-" + AGENCY);
			coordinator.screenshot("overview");
			coordinator.click("review-" + AGENCY);
			coordinator.waitForState("submitted");
			coordinator.click("comment-button-metric-" + FIGURE);
			coordinator.type("comment-text", "收到申请数与附表不符，请核对。");
			coordinator.click("comment-add");
			coordinator.screenshot("comment");
			coordinator.click("return-report");
			assertThat(coordinator.find("confirm-message").getText()).contains("退回机关修改");
			coordinator.screenshot("confirm-return");
			coordinator.click("confirm-yes");
			coordinator.waitForState("returned");
			coordinator.screenshot("returned");
		}
	}

	@Test
	@Order(3)
	void theAgencyFixesTheFigureAndSubmitsAgain() throws Exception {
		try (BrowserSession reporter = signInDemo(REPORTER)) {
			reporter.open("/agency/reports/" + this.reportId);
			reporter.waitForState("returned");
			reporter.waitForText("comment", "请核对");
			reporter.type("metric-input-" + FIGURE, "3");
			reporter.click("save-report");
			reporter.screenshot("fixed");
			submit(reporter);
		}
	}

	@Test
	@Order(4)
	void theCoordinatorSeesTheChangeSinceTheReturnAcceptsAndPublishesAfterConfirmingEach() throws Exception {
		try (BrowserSession coordinator = signInDemo("coordinator-" + PROVINCE)) {
			coordinator.open("/coordinator/reports/" + this.reportId);
			coordinator.waitForState("submitted");
			coordinator.waitForText("changes-since-return", "收到政府信息公开申请");
			assertThat(coordinator.find("changes-since-return").getText()).contains("第1版", "第2版", "3件");
			coordinator.screenshot("changes-since-return");
			coordinator.click("accept-report");
			assertThat(coordinator.find("confirm-message").getText()).contains("锁定");
			coordinator.screenshot("confirm-accept");
			coordinator.click("confirm-yes");
			coordinator.waitForState("accepted");
			coordinator.screenshot("accepted");
			coordinator.click("publish-report");
			assertThat(coordinator.find("confirm-message").getText()).contains("发布不能撤回");
			coordinator.screenshot("confirm-publish");
			coordinator.click("confirm-yes");
			coordinator.waitForState("published");
			coordinator.screenshot("published");
		}
	}

	@Test
	@Order(5)
	void theAnalystSeesTheProvincesFigureOnTheMapAndInTheRankingAndDownloadsTheXlsx() throws Exception {
		long expected = provinceFigureOnceSynchronised();
		// as the pages write numbers in Chinese: digits grouped, 1,234件
		String shown = NumberFormat.getIntegerInstance(Locale.CHINA).format(expected) + "件";
		try (BrowserSession analyst = signInDemo("analyst")) {
			analyst.open("/nation?figure=" + FIGURE + "&year=" + YEAR);
			analyst.waitForText("map-tile-" + PROVINCE, shown);
			WebElement ranking = analyst.find("ranking-row-" + PROVINCE);
			assertThat(ranking.findElement(By.cssSelector("[data-test=ranking-value]")).getText()).contains(shown);
			analyst.screenshot("nation");
			analyst.click("export-xlsx");
			Path workbook = analyst.downloaded(".xlsx");
			assertThat(sheetText(workbook)).contains("辽宁", Long.toString(expected));
			// the first national view of a recent year: the demo's published reports
			analyst.open("/nation?figure=proactive.total&year=2020");
			for (String province : List.of("210000", "330000", "350000")) {
				WebElement row = analyst.find("ranking-row-" + province);
				assertThat(row.findElement(By.cssSelector("[data-test=ranking-value]")).getText()).as(province)
					.containsPattern("\\d");
			}
			analyst.screenshot("nation-2020");
		}
	}

	@Test
	@Order(6)
	void peopleOfAnotherProvinceTypingTheReportsAddressSeeNoDataOfIt() throws Exception {
		for (String[] visit : new String[][] { { "coordinator-370000", "/coordinator/reports/" },
				{ "reporter-370000", "/agency/reports/" } }) {
			try (BrowserSession outsider = signInDemo(visit[0])) {
				outsider.open(visit[1] + this.reportId);
				outsider.find("not-found");
				outsider.screenshot("other-province");
				assertThat(outsider.pageText()).doesNotContain(AGENCY_NAME, "辽宁省人力资源和社会保障厅");
			}
		}
	}

	@Test
	@Order(7)
	void theCoordinatorFindsAgenciesByPlaceByFormerNameAndByASavedAlias() throws Exception {
		String coordinator = this.platform.password("gongkai-cli", "coordinator-" + SHANXI);
		HttpResponse<String> saved = this.platform.send("POST", "/api/tenants/" + SHANXI + "/agencies", coordinator,
				"{\"id\":\"140100-web-rsj\",\"name\":\"太原市人力资源和社会保障局\",\"aliases\":[\"并州人社\"],"
						+ "\"level\":\"prefecture\",\"kind\":\"department\",\"regionCode\":\"140100\",\"scope\":\"own\"}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		try (BrowserSession browser = signInDemo("coordinator-" + SHANXI)) {
			browser.open("/coordinator/agencies");
			for (String[] search : new String[][] { { "长治", "长治市劳动和社会保障局", "place" },
					{ "劳动保障局", "长治市劳动和社会保障局", "former-name" }, { "并州人社", "太原市人力资源和社会保障局", "alias" },
					{ "太原人社", "太原市人力资源和社会保障局", "short-form" } }) {
				browser.type("registry-search", search[0] + "\n");
				browser.waitForText("registry-search-results", search[1]);
				browser.screenshot("registry-search-" + search[2]);
			}
		}
	}

	@Test
	@Order(8)
	void theAccountsPageListsTheDemoAccountsAndOpensOneByPickingTheAgencyByName() throws Exception {
		try (BrowserSession browser = signInDemo("coordinator-" + SHANXI)) {
			browser.open("/coordinator/accounts");
			browser.find("account-row-coordinator-" + SHANXI);
			browser.waitForText("account-row-reporter-" + SHANXI, "长治市劳动和社会保障局");
			browser.screenshot("accounts-demo");
			browser.type("account-username", "web-picked-" + SHANXI);
			browser.type("account-agency-input", "长治劳动保障");
			browser.click("picker-choice-140400-ldj");
			browser.waitForText("account-agency-chosen", "长治市劳动和社会保障局");
			browser.screenshot("account-agency-picked");
			browser.click("account-create");
			browser.find("temporary-password-panel");
			browser.waitForText("account-row-web-picked-" + SHANXI, "长治市劳动和社会保障局");
			browser.screenshot("account-opened");
		}
	}

	@Test
	@Order(9)
	void anAddressOfAnUnknownProvinceSaysItIsNotFoundWithAWayBack() throws Exception {
		try (BrowserSession analyst = signInDemo("analyst")) {
			analyst.open("/nation/provinces/999999");
			assertThat(analyst.find("not-found").findElement(By.tagName("h1")).getText()).isEqualTo("找不到这个页面");
			analyst.find("not-found-home");
			assertThat(analyst.pageText()).doesNotContain(BACK_TO_NATION);
			analyst.screenshot("not-found");
		}
	}

	@Test
	@Order(10)
	void theCoordinatorSeesTheAgencysExplanationBesideTheWarning() throws Exception {
		String reporter = this.platform.password("gongkai-cli", REPORTER);
		JsonNode sample = json.readTree(Files.readString(fromHome(TEMPLATE_REPORT)));
		ObjectNode create = json.createObjectNode()
			.put("year", 2021)
			.put("format", "template2021")
			.put("kind", "department")
			.put("agencyName", AGENCY_NAME);
		ObjectNode sections = (ObjectNode) sample.get("sections").deepCopy();
		sections.remove("s5");
		create.set("sections", sections);
		create.set("cells", sample.get("cells").deepCopy());
		HttpResponse<String> created = this.platform.send("POST", "/api/reports", reporter, create.toString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json.readTree(created.body()).get("id").asString();
		HttpResponse<String> refused = this.platform.send("POST", "/api/reports/" + id + "/submit", reporter, "{}");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		ObjectNode explanations = json.createObjectNode();
		json.readTree(refused.body())
			.get("unexplained")
			.forEach((finding) -> explanations.put(finding.get("key").asString(), EXPLANATION));
		HttpResponse<String> submitted = this.platform.send("POST", "/api/reports/" + id + "/submit", reporter,
				json.createObjectNode().set("explanations", explanations).toString());
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		try (BrowserSession coordinator = signInDemo("coordinator-" + PROVINCE)) {
			coordinator.open("/coordinator/reports/" + id);
			coordinator.waitForState("submitted");
			coordinator.waitForText("finding-explanation", EXPLANATION);
			coordinator.screenshot("explanation");
		}
	}

	/**
	 * Explains every warning the page asks about, submits and waits for the new state.
	 */
	private static void submit(BrowserSession reporter) {
		for (WebElement explanation : reporter.findAllStartingWith("explanation-")) {
			if (explanation.isDisplayed() && explanation.getAttribute("value").isBlank()) {
				explanation.sendKeys("与已公开的年报一致。");
			}
		}
		reporter.click("submit-report");
		reporter.waitForState("submitted");
	}

	private BrowserSession signInDemo(String username) throws IOException {
		return BrowserSession.signIn(this.platform.gateway(), username, RunningPlatform.DEMO_PASSWORD, null);
	}

	private static String reportIdOf(BrowserSession browser) {
		String address = browser.currentAddress();
		return address.substring(address.lastIndexOf('/') + 1);
	}

	private static Path seed() {
		return fromHome(SEED);
	}

	private static Path fromHome(Path path) {
		return Path.of(System.getProperty("gongkai.home", "..")).resolve(path).toAbsolutePath();
	}

	/**
	 * Starts a synchronisation round and waits until the analytics API shows the
	 * province's figure with the accepted report in it: the demo report's value plus the
	 * corrected one.
	 */
	private long provinceFigureOnceSynchronised() throws Exception {
		String admin = this.platform.password("gongkai-cli", "admin");
		HttpResponse<String> started = this.platform.send("POST", "/api/analytics/sync", admin, "{}");
		assertThat(started.statusCode()).as(started.body()).isIn(200, 202);
		String comparison = "/api/analytics/comparison?figure=" + FIGURE + "&year=" + YEAR + "&by=province";
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode answer = json
				.readTree(this.platform.get(comparison, this.platform.password("gongkai-cli", "analyst")).body());
			for (JsonNode row : answer.get("rows")) {
				if (row.get("key").asString().equals(PROVINCE) && row.path("reports").asInt() >= 2) {
					return row.get("value").asLong();
				}
			}
			Thread.sleep(2000);
		}
		throw new AssertionError("the accepted report did not reach the national figures within 90 s");
	}

	/** The shared strings and the sheets of an XLSX file, as one text. */
	private static String sheetText(Path workbook) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (entry.getName().equals("xl/sharedStrings.xml") || entry.getName().startsWith("xl/worksheets/")) {
					try (InputStream part = zip.getInputStream(entry)) {
						text.append(new String(part.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return text.toString();
	}

}
