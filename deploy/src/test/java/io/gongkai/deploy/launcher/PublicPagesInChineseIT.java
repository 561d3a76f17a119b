package io.gongkai.deploy.launcher;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as someone who never signs in reads them after {@code ./gongkai up}:
 * the list of published reports, one report of the demo data (at its address of before
 * and opened at a figure's source, marked in the printed report), the report builder (by
 * agency and by province), the glossary, the request for an API key and the national
 * figures of published reports (map, ranking, trend, on-time list, with figures), and
 * from the national figure the agencies that make it up, one of them opened in its report
 * at the figure. Each opens without a sign-in page, shows what it loads, and shows no
 * English word or identifier outside {@link VisibleText#ALLOWED} (agency names and the
 * printed report, marked {@code translate="no"}, are the agencies' own words). Switched
 * to English, the same pages show no Chinese but what they quote from the documents, the
 * licence and a legacy report's printed table of main figures are named in English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(RunningPlatform.class)
class PublicPagesInChineseIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RunningPlatform platform;

	@BeforeAll
	void start(RunningPlatform platform) {
		this.platform = platform;
	}

	@Test
	void thePublicPagesAreReadInChineseWithoutSigningIn() throws Exception {
		JsonNode reports = json.readTree(this.platform.get("/api/public/reports?size=1", null).body()).get("items");
		assertThat(reports.isEmpty()).as("the demo data has published reports").isFalse();
		String report = reports.get(0).get("id").asString();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/public/index.html#/", "public-reports");
		pages.put("/public/index.html#/reports/" + URLEncoder.encode(report, StandardCharsets.UTF_8), "public-figures");
		JsonNode figures = json
			.readTree(
					this.platform.get("/api/public/reports/" + URLEncoder.encode(report, StandardCharsets.UTF_8), null)
						.body())
			.get("figures");
		assertThat(figures.isEmpty()).as("the report states figures traced to their source").isFalse();
		String traced = figures.get(0).get("link").asString();
		pages.put(traced, "public-trace");
		pages.put("/public/api-key.html", "nav-api-key");
		pages.put("/public/builder.html", "builder-table");
		pages.put("/public/builder.html?by=province&figure=requests.received,rate.disclosure", "builder-table");
		pages.put("/public/glossary.html", "nav-glossary");
		pages.put("/public/figures.html", "figures-ranking");
		pages.put("/public/figures.html?figure=requests.received&agencies=all", "figure-agencies-table");
		List<String> offences = new ArrayList<>();
		try (BrowserSession reader = BrowserSession.anonymous(this.platform.gateway())) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				reader.openAddress(page.getKey());
				reader.find(page.getValue());
				reader.waitUntilLoaded();
				reader.screenshot("public" + page.getKey().replaceAll("[^a-z]+", "-"));
				assertThat(reader.currentAddress()).as(page.getKey()).startsWith(this.platform.gateway() + "/public/");
				VisibleText text = VisibleText.of(reader, page.getKey());
				for (String word : text.foreignWords()) {
					offences.add(page.getKey() + ": " + word);
				}
			}
			reader.openAddress(traced);
			reader.find("public-trace");
			reader.waitUntilLoaded();
			assertThat(reader.run("return document.querySelectorAll('[data-test=public-document] .traced').length"))
				.as("the cells or the sentence the figure was read from, marked in the report")
				.isNotEqualTo(0L);
			reader.openAddress("/public/glossary.html#requests.received");
			reader.waitUntilLoaded();
			assertThat(reader.pageText()).contains("术语表").contains("收到政府信息公开申请数").contains("表三");
			reader.openAddress("/public/figures.html?figure=requests.received");
			reader.find("figures-ranking");
			reader.waitUntilLoaded();
			assertThat(reader.pageText()).as("the national figures of the published demo reports")
				.contains("全国数据")
				.contains("收到政府信息公开申请数")
				.contains("各省排名")
				.contains("份已发布报告")
				.contains("按时发布情况")
				.containsPattern("\\d件");

			// From the national figure to the agencies that make it up, and to one's
			// report at the figure
			reader.click("figures-national-agencies");
			reader.find("figure-agencies-table");
			assertThat(reader.pageText()).contains("构成全国数值的机关").contains("在报告中查看");
			Object atTheFigure = reader
				.run("return document.querySelector('[data-test=figure-agency-link]').getAttribute('href')");
			assertThat(String.valueOf(atTheFigure)).startsWith("/public/report.html?id=")
				.endsWith("&figure=requests.received");
			reader.openAddress(String.valueOf(atTheFigure));
			reader.find("public-trace");
			reader.waitUntilLoaded();
			assertThat(reader.run("return document.querySelectorAll('[data-test=public-document] .traced').length"))
				.as("the agency's figure, marked in its report")
				.isNotEqualTo(0L);

			// The same pages in English: no Chinese word but the documents' own, quoted
			reader.run("localStorage.setItem('gongkai.locale', 'en')");
			for (Map.Entry<String, String> page : pages.entrySet()) {
				reader.openAddress(page.getKey());
				reader.find(page.getValue());
				reader.waitUntilLoaded();
				for (String word : VisibleText.of(reader, page.getKey()).chineseWords()) {
					offences.add("in English " + page.getKey() + ": " + word);
				}
			}
			reader.openAddress("/public/builder.html");
			reader.find("bulk");
			reader.waitUntilLoaded();
			assertThat(reader.pageText()).as("the licence named in English")
				.contains("Creative Commons Attribution 4.0 International");
			String legacy = null;
			for (JsonNode each : json.readTree(this.platform.get("/api/public/reports?size=200", null).body())
				.get("items")) {
				if ("legacy".equals(each.get("format").asString())) {
					legacy = each.get("id").asString();
				}
			}
			assertThat(legacy).as("the demo data has a published legacy report").isNotNull();
			reader.openAddress("/public/report.html?id=" + URLEncoder.encode(legacy, StandardCharsets.UTF_8));
			reader.find("public-document");
			reader.waitUntilLoaded();
			assertThat(reader.run(
					"return document.querySelector('[data-test=public-document] table[data-table=figures]').previousElementSibling.textContent"))
				.as("the printed table of a legacy report's main figures, named in English")
				.isEqualTo("Appendix: main figures");
		}
		assertThat(offences).as("English words or identifiers shown to the public, or Chinese ones in English")
			.isEmpty();
	}

}
