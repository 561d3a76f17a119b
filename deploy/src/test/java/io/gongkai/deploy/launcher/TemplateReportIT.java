package io.gongkai.deploy.launcher;

import java.net.http.HttpResponse;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency writes its report in the national template in a real browser (headless
 * Chromium): an empty new report asks for nothing; T3 and T4 are filled with "本表空白格填0"
 * after the few figures that happened; T2 is stated to have nothing to report; the one
 * warning is explained, and the explanation is still there after a reload; the check
 * before submission passes and the report is submitted. Screenshots of every step are
 * kept in {@code deploy/target/browser-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(RunningPlatform.class)
class TemplateReportIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String PROVINCE = "620000";

	private static final String AGENCY = "620000-web-template";

	private static final String REPORTER = "web-template-620000";

	private static final String EXPLANATION = "本机关本年度未收取任何费用。";

	private RunningPlatform platform;

	private String temporaryPassword;

	@BeforeAll
	void aCoordinatorRegistersTheAgencyAndOpensItsReportersAccount(RunningPlatform platform) throws Exception {
		this.platform = platform;
		String coordinator = platform.password("gongkai-cli", "coordinator-" + PROVINCE);
		HttpResponse<String> agency = platform.send("POST", "/api/tenants/" + PROVINCE + "/agencies", coordinator,
				"{\"id\":\"" + AGENCY + "\",\"name\":\"甘肃省网页填报测试局\",\"level\":\"province\","
						+ "\"kind\":\"department\",\"regionCode\":\"620000\",\"scope\":\"own\"}");
		assertThat(agency.statusCode()).as(agency.body()).isEqualTo(201);
		HttpResponse<String> account = platform.send("POST", "/api/tenants/" + PROVINCE + "/accounts", coordinator,
				"{\"username\":\"" + REPORTER + "\",\"role\":\"agency-reporter\",\"agencyId\":\"" + AGENCY + "\"}");
		assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
		this.temporaryPassword = json.readTree(account.body()).get("temporaryPassword").asString();
	}

	@Test
	void anEmptyTemplateReportIsFilledWithZerosExplainedReloadedAndSubmitted() throws Exception {
		try (BrowserSession reporter = BrowserSession.signIn(this.platform.gateway(), REPORTER, this.temporaryPassword,
				RunningPlatform.DEMO_PASSWORD)) {
			reporter.type("new-report-name", "甘肃省网页填报测试局");
			reporter.click("new-report");
			reporter.waitForState("draft");
			reporter.find("section-tab-s1");
			reporter.waitForText("submit-summary", "没有发现");
			assertThat(reporter.findAllStartingWith("finding-")).isEmpty();
			assertThat(reporter.findAllStartingWith("explanation-")).isEmpty();
			reporter.screenshot("template-empty");

			reporter.type("section-input-s1", "本年度，本局认真贯彻落实《政府信息公开条例》。");
			reporter.click("section-tab-s2");
			reporter.click("nothing-to-report-T2");
			reporter.find("stated-nothing-T2");
			reporter.click("section-tab-s3");
			reporter.type("cell-input-t3.new_received.natural_person", "2");
			reporter.type("cell-input-t3.results.granted.natural_person", "2");
			reporter.click("save-report");
			reporter.waitForText("save-status", "已保存");
			reporter.find("finding-cells");
			assertThat(reporter.pageText()).contains("表T3「").contains("自然人").doesNotContain("t3.");
			reporter.screenshot("template-t3-findings");
			reporter.click("fill-zero-T3");
			assertThat(reporter.find("cell-input-t3.results.denied.state_secret.natural_person").getAttribute("value"))
				.isEqualTo("0");
			assertThat(reporter.find("cell-input-t3.new_received.total").getAttribute("value")).isEqualTo("2");
			reporter.screenshot("template-t3-filled");
			reporter.click("section-tab-s4");
			reporter.click("fill-zero-T4");
			reporter.click("section-tab-s5");
			reporter.type("section-input-s5", "公开平台建设有待加强，下一步将完善目录。");
			reporter.click("section-tab-s6");
			reporter.type("section-input-s6", "无其他需要报告的事项。");
			reporter.click("save-report");
			reporter.waitForText("save-status", "已保存");

			WebElement explanation = reporter.findAllStartingWith("explanation-").get(0);
			String explanationName = explanation.getAttribute("data-test");
			assertThat(reporter.pageText()).contains("必填部分").contains("信息处理费").doesNotContain("SECTION");
			reporter.type(explanationName, EXPLANATION);
			reporter.click("save-report");
			reporter.waitForText("save-status", "已保存");
			reporter.screenshot("template-explained");

			reporter.reload();
			reporter.waitForState("draft");
			assertThat(reporter.find(explanationName).getAttribute("value")).isEqualTo(EXPLANATION);
			reporter.click("section-tab-s2");
			reporter.find("stated-nothing-T2");

			reporter.click("check-report");
			reporter.waitForText("submit-summary", "警告1处");
			reporter.screenshot("template-checked");
			reporter.click("submit-report");
			reporter.waitForState("submitted");
			reporter.screenshot("template-submitted");
		}
	}

}
