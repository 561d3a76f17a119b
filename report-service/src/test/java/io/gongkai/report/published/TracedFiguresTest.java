package io.gongkai.report.published;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.gongkai.report.SampleReports;
import io.gongkai.report.importing.ImportTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every figure of a published report, traced to where it was read: the cells of a
 * template report's official document, and for a report imported from its published text
 * the sentence the upload preview showed, placed in the printed document. A report not
 * yet published shows none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracedFiguresTest extends ImportTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	String textReport;

	String templateReport;

	String unpublishedTextReport;

	@BeforeAll
	void publishedReportsReadFromTextAndWrittenInTheTemplate() throws Exception {
		tenantService.stubFor(WireMock.get(WireMock.urlPathMatching("/api/tenants/.*/agencies/search"))
			.willReturn(WireMock.okJson("[]")));
		this.textReport = imported("370200-traced");
		submitAcceptPublish("370200-traced", this.textReport);
		this.unpublishedTextReport = imported("370200-unpublished");
		String reporter = tokens.reporter("370000", "370200-template");
		MockHttpServletResponse created = this.mvc
			.perform(authorized(post("/api/reports"), reporter).contentType(MediaType.APPLICATION_JSON)
				.content(SampleReports.complete2021("department").toString()))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		this.templateReport = JSON.readTree(created.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		submitAcceptPublish("370200-template", this.templateReport);
	}

	@Test
	void aFigureOfAReportReadFromTextLeadsToTheSentenceItWasReadFromInThePrintedDocument() throws Exception {
		JsonNode figure = figure(this.textReport, "requests.received");
		JsonNode evidence = figure.get("evidence");
		assertThat(evidence).as("the sentence the figure was read from").isNotNull();
		String sentence = evidence.get("text").asString();
		assertThat(sentence).contains(String.valueOf(figure.get("value").asLong()));
		assertThat(figure.get("link").asString())
			.isEqualTo("/public/report.html?id=" + this.textReport + "&figure=requests.received");

		org.jsoup.nodes.Document printed = document(this.textReport);
		StringBuilder found = new StringBuilder();
		for (JsonNode piece : evidence.get("printed")) {
			Element paragraph = printed.selectFirst("p[data-paragraph=" + piece.get("paragraph").asInt() + "]");
			assertThat(paragraph).as("the paragraph the sentence is printed in").isNotNull();
			found.append(paragraph.wholeText(), piece.get("from").asInt(), piece.get("to").asInt());
		}
		assertThat(found.toString()).isEqualTo(sentence.replaceAll("\\s*\\R\\s*", ""));
		Element cell = printed.selectFirst("[data-cell=" + figure.get("cells").get(0).asString() + "]");
		assertThat(cell).as("the figure in the printed table of main figures").isNotNull();
		assertThat(cell.text()).contains(String.valueOf(figure.get("value").asLong()));
	}

	@Test
	void aFigureOfATemplateReportLeadsToTheTableCellsItSums() throws Exception {
		JsonNode figure = figure(this.templateReport, "requests.received");
		assertThat(figure.has("evidence")).isFalse();
		assertThat(figure.get("cells")).isNotEmpty();
		org.jsoup.nodes.Document printed = document(this.templateReport);
		long sum = 0;
		for (JsonNode cell : figure.get("cells")) {
			Element printedCell = printed.selectFirst("td[data-cell=" + cell.asString() + "]");
			assertThat(printedCell).as(cell.asString()).isNotNull();
			sum += Long.parseLong(printedCell.text());
		}
		assertThat(sum).isEqualTo(figure.get("value").asLong());
		assertThat(figure.get("source").asString()).contains("表三");
	}

	@Test
	void aTemplateReportShowsTheFiguresOnlyTheTemplateStatesAndALegacyReportNoneOfThem() throws Exception {
		JsonNode unable = figure(this.templateReport, "requests.unable");
		assertThat(unable.get("name").asString()).isEqualTo("无法提供的申请数");
		assertThat(unable.get("cells")).extracting(JsonNode::asString)
			.containsExactly("t3.results.unable.not_held.total", "t3.results.unable.need_creation.total",
					"t3.results.unable.still_unclear.total");
		org.jsoup.nodes.Document printed = document(this.templateReport);
		long sum = 0;
		for (JsonNode cell : unable.get("cells")) {
			sum += Long.parseLong(printed.selectFirst("td[data-cell=" + cell.asString() + "]").text());
		}
		assertThat(unable.get("value").asLong()).isEqualTo(sum);
		assertThat(unable.get("glossary").asString()).endsWith("#requests.unable");
		assertThat(figure(this.templateReport, "litigation.closed").get("value").asLong())
			.as("one upheld in each column, the pending one left out")
			.isEqualTo(2);

		List<String> legacyIds = new java.util.ArrayList<>();
		figures(this.textReport).forEach((figure) -> legacyIds.add(figure.get("id").asString()));
		assertThat(legacyIds).isNotEmpty()
			.allMatch((id) -> io.gongkai.report.template.MetricCatalogue.national().contains(id));
		MockHttpServletResponse builder = anonymous(
				"/api/public/builder?figure=requests.received,requests.carried_over&agency=370200-traced");
		JsonNode values = JSON.readTree(builder.getContentAsString(StandardCharsets.UTF_8))
			.get("rows")
			.get(0)
			.get("values");
		assertThat(values.has("requests.received")).isTrue();
		assertThat(values.has("requests.carried_over")).as("a legacy report does not state it").isFalse();
		assertThat(anonymous("/api/public/bulk/2013/figures.csv").getContentAsString(StandardCharsets.UTF_8))
			.contains(",requests.received,")
			.doesNotContain(",requests.carried_over,");
		assertThat(anonymous("/api/public/bulk/2021/figures.csv").getContentAsString(StandardCharsets.UTF_8))
			.contains(",requests.carried_over,上年结转政府信息公开申请数,件,3,");
	}

	@Test
	void aReportImportedButNotPublishedShowsNothingAndThePublishedOneNothingOfTheImport() throws Exception {
		assertThat(anonymous("/api/public/reports/" + this.unpublishedTextReport).getStatus()).isEqualTo(404);
		String answer = anonymous("/api/public/reports/" + this.textReport).getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).doesNotContain("qingdao.txt").doesNotContain("preview").doesNotContain("reporter");
	}

	@Test
	void figureNamesFollowTheReadersLanguage() throws Exception {
		MockHttpServletResponse english = this.mvc
			.perform(get("/api/public/reports/" + this.templateReport).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse();
		JsonNode figures = JSON.readTree(english.getContentAsString(StandardCharsets.UTF_8)).get("figures");
		String chinese = anonymous("/api/public/reports/" + this.templateReport).getHeader(HttpHeaders.ETAG);
		assertThat(figures.get(0).get("name").asString()).matches("[A-Za-z ,()'-]+");
		assertThat(english.getHeader(HttpHeaders.ETAG)).isNotEqualTo(chinese);
	}

	@Test
	void whereEachFigureWasReadFollowsTheReadersLanguageAndTheYearsFileStaysChinese() throws Exception {
		JsonNode legacy = figure(this.textReport, "requests.received", "en");
		assertThat(legacy.get("source").asString()).startsWith("The legacy report's phrase “")
			.contains("(Disclosure requests received)");
		JsonNode template = figure(this.templateReport, "requests.received", "en");
		assertThat(template.get("source").asString()).startsWith("T3「").contains(" row, ").endsWith(" column");
		for (JsonNode figure : List.of(legacy, template)) {
			assertThat(outsideQuotes(figure.get("source").asString()))
				.as("every word but the report's own labels, quoted, is English")
				.doesNotContainPattern("\\p{IsHan}");
		}
		assertThat(figure(this.textReport, "requests.received").get("source").asString()).startsWith("旧版报告“");

		MockHttpServletResponse builder = this.mvc
			.perform(get("/api/public/builder?figure=requests.received&agency=370200-template")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse();
		JsonNode row = JSON.readTree(builder.getContentAsString(StandardCharsets.UTF_8)).get("rows").get(0);
		assertThat(outsideQuotes(row.get("values").get("requests.received").get("source").asString()))
			.as("the builder's sources too")
			.startsWith("T3")
			.doesNotContainPattern("\\p{IsHan}");

		MockHttpServletResponse csv = this.mvc
			.perform(get("/api/public/bulk/2013/figures.csv").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse();
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).as("the year's file is in Chinese")
			.contains("旧版报告“");
	}

	/** The words of a source without what it quotes from the report (「…」, “…”). */
	private static String outsideQuotes(String source) {
		return source.replaceAll("「[^」]*」|“[^”]*”", "");
	}

	private JsonNode figure(String report, String id) throws Exception {
		return figure(report, id, "zh-CN");
	}

	private JsonNode figures(String report) throws Exception {
		MockHttpServletResponse answer = anonymous("/api/public/reports/" + report);
		assertThat(answer.getStatus()).isEqualTo(200);
		return JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8)).get("figures");
	}

	private JsonNode figure(String report, String id, String language) throws Exception {
		MockHttpServletResponse answer = this.mvc
			.perform(get("/api/public/reports/" + report).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		for (JsonNode figure : JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8)).get("figures")) {
			if (figure.get("id").asString().equals(id)) {
				return figure;
			}
		}
		throw new AssertionError("no figure " + id + " in " + answer.getContentAsString(StandardCharsets.UTF_8));
	}

	private org.jsoup.nodes.Document document(String report) throws Exception {
		return Jsoup
			.parse(anonymous("/api/public/reports/" + report + "/document").getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * A reporter's upload of a published text, every figure confirmed as read, made a
	 * draft.
	 */
	private String imported(String agency) throws Exception {
		String reporter = tokens.reporter("370000", agency);
		String text = new String(ImportTest.resource("qingdao-hrss-2013.txt"), StandardCharsets.UTF_8);
		JsonNode preview = JSON.readTree(
				ok(authorized(post("/api/reports/imports/preview"), reporter).contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(Map.of("text", text, "name", "qingdao.txt"))), 200));
		String id = preview.get("id").asString();
		ok(authorized(post("/api/reports/imports/previews/" + id + "/confirmations"), reporter)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"metrics":{"requests.received":{"decision":"confirmed"},"proactive.total":{"decision":"confirmed"}}}"""),
				200);
		JsonNode draft = JSON.readTree(ok(authorized(post("/api/reports/imports/previews/" + id + "/draft"), reporter)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"), 201));
		return draft.get("id").asString();
	}

	private void submitAcceptPublish(String agency, String id) throws Exception {
		ok(authorized(post("/api/reports/" + id + "/submit"), tokens.reporter("370000", agency)), 200);
		ok(authorized(post("/api/reports/" + id + "/accept"), tokens.coordinator("370000")), 200);
		ok(authorized(post("/api/reports/" + id + "/publish"), tokens.coordinator("370000")), 200);
	}

	private String ok(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse answer = this.mvc.perform(request).andReturn().getResponse();
		String body = answer.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer.getStatus()).as(body).isEqualTo(status);
		return body;
	}

	private MockHttpServletResponse anonymous(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

}
