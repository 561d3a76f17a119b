package io.gongkai.report.document;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.SampleReports;
import io.gongkai.report.ReportServiceTest;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The published document of a report version, as HTML and as Word, read back the way a
 * person or Word would read it.
 */
class DocumentApiTest extends ReportServiceTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PROVINCE = "440000";

	static final String TITLE = "某市人力资源和社会保障局2021年政府信息公开工作年度报告";

	static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
			"五、存在的主要问题及改进情况", "六、其他需要报告的事项");

	@Autowired
	MockMvc mvc;

	@Test
	void htmlDocumentHasTheTitleEverySectionHeadingAndT3FiguresInTheirRows() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-hrss");
		String id = create(reporter, complete2021());
		MockHttpServletResponse response = document(reporter, id, "", MediaType.TEXT_HTML_VALUE);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/html").contains("UTF-8");
		Document html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.title()).isEqualTo(TITLE);
		assertThat(html.select("h1").text()).isEqualTo(TITLE);
		assertThat(html.select("h2").eachText()).containsExactlyElementsOf(HEADINGS);
		assertThat(html.select("style").html()).contains("@media print").contains("@page");
		assertThat(html.select("script, link, img")).isEmpty();
		Element t3 = html.selectFirst("table[data-table=T3]");
		Element newRequests = rowTitled(t3, "一、本年新收政府信息公开申请数量");
		assertThat(newRequests.select("td").last().text()).isEqualTo("51");
		assertThat(newRequests.select("td").last().attr("data-cell")).isEqualTo("t3.new_received.total");
		assertThat(newRequests.select("td").first().text()).isEqualTo("45");
		assertThat(rowTitled(t3, "（七）总计").select("td").last().text()).isEqualTo("51");
		assertThat(rowTitled(t3, "四、结转下年度继续办理").select("td").last().text()).isEqualTo("3");
		assertThat(header(t3, "申请人情况").attr("colspan")).isEqualTo("7");
		assertThat(header(t3, "法人或其他组织").attr("colspan")).isEqualTo("5");
		assertThat(header(t3, "自然人").attr("rowspan")).isEqualTo("2");
		assertThat(header(t3, "三、本年度办理结果").attr("rowspan")).isEqualTo("22");
		assertThat(header(t3, "（三）不予公开").attr("rowspan")).isEqualTo("8");
		Element t4 = html.selectFirst("table[data-table=T4]");
		assertThat(header(t4, "行政复议").attr("colspan")).isEqualTo("5");
		assertThat(header(t4, "行政诉讼").attr("colspan")).isEqualTo("10");
		assertThat(header(t4, "未经复议直接起诉").attr("colspan")).isEqualTo("5");
		assertThat(header(t4, "复议后起诉").attr("colspan")).isEqualTo("5");
		assertThat(t4.select("td")).hasSize(15);
		Element t2 = html.selectFirst("table[data-table=T2]");
		assertThat(t2.select("th").eachText()).contains("第二十条第（一）项", "信息内容", "本年制发件数", "行政规范性文件");
		assertThat(html.select("p.notice").text()).contains("草稿");
	}

	@Test
	void aBlankCellIsPrintedBlankAndAZeroAsZero() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-blank");
		ObjectNode body = complete2021();
		assertThat(body.get("cells").get("t3.results.denied.state_secret.natural_person").asLong()).isZero();
		((ObjectNode) body.get("cells")).remove("t3.results.denied.state_secret.natural_person");
		String id = create(reporter, body);
		Document html = Jsoup
			.parse(document(reporter, id, "", MediaType.TEXT_HTML_VALUE).getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.selectFirst("td[data-cell=t3.results.denied.state_secret.natural_person]").text()).isEmpty();
		assertThat(html.selectFirst("td[data-cell=t3.results.denied.state_secret.total]").text()).isEqualTo("0");
		XWPFTable t3 = word(document(reporter, id, "?format=docx", null)).getTables().get(1);
		XWPFTableRow stateSecret = wordRowTitled(t3, "1.属于国家秘密");
		List<XWPFTableCell> cells = stateSecret.getTableCells();
		assertThat(cells.get(cells.size() - 7).getText()).isEmpty();
		assertThat(cells.get(cells.size() - 1).getText()).isEqualTo("0");
	}

	@Test
	void aTableWithNothingToReportIsPrintedAsTheStatementInItsPlace() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-none");
		ObjectNode body = complete2021();
		ObjectNode cells = (ObjectNode) body.get("cells");
		List<String> t4 = new ArrayList<>();
		cells.propertyNames().forEach((cellId) -> {
			if (cellId.startsWith("t4.")) {
				t4.add(cellId);
			}
		});
		t4.forEach(cells::remove);
		body.putArray("nothingToReport").add("T4");
		String id = create(reporter, body);
		Document html = Jsoup
			.parse(document(reporter, id, "", MediaType.TEXT_HTML_VALUE).getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.select("table[data-table=T4]")).isEmpty();
		assertThat(html.select("table[data-table=T3]")).hasSize(1);
		List<String> printed = html.select("h2, p").eachText();
		int statement = printed.indexOf("本年度无此项内容。");
		assertThat(statement).isBetween(printed.indexOf(HEADINGS.get(3)), printed.indexOf(HEADINGS.get(4)));
		XWPFDocument word = word(document(reporter, id, "?format=docx", null));
		assertThat(word.getTables()).hasSize(2);
		assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText)).contains("本年度无此项内容。");
	}

	@Test
	void wordDocumentHasRealTablesWithTheMergedHeadersOfTheNationalFormat() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-word");
		String id = create(reporter, complete2021());
		MockHttpServletResponse response = document(reporter, id, "", DocumentController.DOCX.toString());
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(DocumentController.DOCX.toString());
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename*=UTF-8''" + URLEncoder.encode(TITLE + ".docx", StandardCharsets.UTF_8));
		XWPFDocument word = word(response);
		List<String> paragraphs = new ArrayList<>();
		for (IBodyElement element : word.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraphs.add(paragraph.getText());
			}
		}
		assertThat(paragraphs.get(0)).isEqualTo(TITLE);
		assertThat(paragraphs).containsAll(HEADINGS);
		assertThat(word.getTables()).hasSize(3);
		for (XWPFTable table : word.getTables()) {
			int columns = table.getCTTbl().getTblGrid().sizeOfGridColArray();
			for (XWPFTableRow row : table.getRows()) {
				assertThat(row.getTableCells().stream().mapToInt(DocumentApiTest::gridSpan).sum())
					.as("every row covers the whole grid")
					.isEqualTo(columns);
			}
		}
		XWPFTable t3 = word.getTables().get(1);
		List<XWPFTableCell> top = t3.getRow(0).getTableCells();
		assertThat(top.get(0).getText()).contains("勾稽关系");
		assertThat(gridSpan(top.get(0))).isEqualTo(3);
		assertThat(vMerge(top.get(0))).isEqualTo(STMerge.RESTART);
		assertThat(top.get(1).getText()).isEqualTo("申请人情况");
		assertThat(gridSpan(top.get(1))).isEqualTo(7);
		List<XWPFTableCell> second = t3.getRow(1).getTableCells();
		assertThat(vMerge(second.get(0))).isEqualTo(STMerge.CONTINUE);
		assertThat(second.get(1).getText()).isEqualTo("自然人");
		assertThat(vMerge(second.get(1))).isEqualTo(STMerge.RESTART);
		assertThat(second.get(2).getText()).isEqualTo("法人或其他组织");
		assertThat(gridSpan(second.get(2))).isEqualTo(5);
		assertThat(t3.getRow(2).getTableCells().stream().map(XWPFTableCell::getText).toList()).containsExactly("", "",
				"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
		XWPFTableRow newRequests = wordRowTitled(t3, "一、本年新收政府信息公开申请数量");
		assertThat(gridSpan(newRequests.getCell(0))).isEqualTo(3);
		assertThat(newRequests.getCell(newRequests.getTableCells().size() - 1).getText()).isEqualTo("51");
		XWPFTableRow granted = wordRowTitled(t3, "（一）予以公开");
		assertThat(granted.getCell(0).getText()).isEqualTo("三、本年度办理结果");
		assertThat(vMerge(granted.getCell(0))).isEqualTo(STMerge.RESTART);
		XWPFTableRow partial = wordRowTitled(t3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
		assertThat(vMerge(partial.getCell(0))).isEqualTo(STMerge.CONTINUE);
		XWPFTable t4 = word.getTables().get(2);
		List<XWPFTableCell> groups = t4.getRow(0).getTableCells();
		assertThat(groups.stream().map(XWPFTableCell::getText).toList()).containsExactly("行政复议", "行政诉讼");
		assertThat(gridSpan(groups.get(0))).isEqualTo(5);
		assertThat(gridSpan(groups.get(1))).isEqualTo(10);
		assertThat(t4.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList()).containsExactly("结果维持",
				"结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉");
		assertThat(t4.getRow(3).getTableCells()).hasSize(15);
		assertThat(t4.getRows().get(0).isRepeatHeader()).isTrue();
	}

	@Test
	void aLegacyReportPrintsItsNarrativeAndItsFiguresWithUnits() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-legacy");
		ObjectNode body = JSON.createObjectNode();
		body.put("year", 2011);
		body.put("format", "legacy");
		body.put("agencyName", "某县<民政局>");
		body.put("narrative", "一、概述\n2011年，本局主动公开政府信息6000余条。");
		ObjectNode metrics = body.putObject("metrics");
		metrics.putObject("proactive.total").put("value", 6000).put("qualifier", "at_least");
		metrics.putObject("requests.received").put("value", 33);
		String id = create(reporter, body);
		String page = document(reporter, id, "", MediaType.TEXT_HTML_VALUE).getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("某县&lt;民政局&gt;2011年政府信息公开工作年度报告").doesNotContain("<民政局>");
		Document html = Jsoup.parse(page);
		assertThat(html.select("p").eachText()).contains("一、概述", "2011年，本局主动公开政府信息6000余条。");
		Element figures = html.selectFirst("table[data-table=figures]");
		assertThat(rowTitled(figures, "主动公开政府信息").select("td").text()).isEqualTo("6000余");
		assertThat(rowTitled(figures, "主动公开政府信息").select("th").last().text()).isEqualTo("条");
		assertThat(rowTitled(figures, "收到政府信息公开申请").select("td").text()).isEqualTo("33");
		assertThat(figures.select("tr")).hasSize(3);
		XWPFTable table = word(document(reporter, id, "?format=docx", null)).getTables().get(0);
		assertThat(table.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList())
			.containsExactly("主动公开政府信息", "6000余", "条");
	}

	@Test
	void theCurrentVersionIsPrintedWithoutTheDraftNoticeOnceAccepted() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-accepted");
		String id = create(reporter, complete2021());
		assertThat(document(reporter, id, "?version=current", MediaType.TEXT_HTML_VALUE).getContentAsString())
			.contains("no-current-version");
		this.mvc.perform(post("/api/reports/" + id + "/submit").header(HttpHeaders.AUTHORIZATION, "Bearer " + reporter))
			.andReturn();
		String coordinator = tokens.coordinator(PROVINCE);
		assertThat(this.mvc
			.perform(post("/api/reports/" + id + "/accept").header(HttpHeaders.AUTHORIZATION, "Bearer " + coordinator))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		MockHttpServletResponse accepted = document(coordinator, id, "?version=current", "text/html");
		assertThat(accepted.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(accepted.getContentAsString(StandardCharsets.UTF_8)).select("p.notice")).isEmpty();
		assertThat(accepted.getHeader("X-Report-Version")).isEqualTo("1");
	}

	@Test
	void aCallerAskingForNeitherHtmlNorWordGets406AndAnUnknownFormat400() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-json");
		String id = create(reporter, complete2021());
		MockHttpServletResponse json = document(reporter, id, "", MediaType.APPLICATION_JSON_VALUE);
		assertThat(json.getStatus()).isEqualTo(406);
		assertThat(json.getContentAsString()).contains("document-not-acceptable");
		MockHttpServletResponse pdf = document(reporter, id, "?format=pdf", null);
		assertThat(pdf.getStatus()).isEqualTo(400);
		assertThat(pdf.getContentAsString()).contains("invalid-document-format");
	}

	@Test
	void aCoordinatorOfAnotherProvinceGets404AsHtmlAndAsWord() throws Exception {
		String reporter = tokens.reporter(PROVINCE, "440100-hidden");
		String id = create(reporter, complete2021());
		for (String accept : List.of(MediaType.TEXT_HTML_VALUE, DocumentController.DOCX.toString())) {
			MockHttpServletResponse response = document(tokens.coordinator("450000"), id, "", accept);
			assertThat(response.getStatus()).isEqualTo(404);
			assertThat(response.getContentAsString()).contains("report-not-found").doesNotContain("人力资源");
		}
	}

	private String create(String token, JsonNode body) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/reports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.toString()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return JSON.readTree(response.getContentAsString()).get("id").asString();
	}

	private MockHttpServletResponse document(String token, String id, String query, String accept) throws Exception {
		var request = get("/api/reports/" + id + "/document" + query).header(HttpHeaders.AUTHORIZATION,
				"Bearer " + token);
		if (accept != null) {
			request.header(HttpHeaders.ACCEPT, accept);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static ObjectNode complete2021() throws Exception {
		return SampleReports.complete2021("department");
	}

	private static XWPFDocument word(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static Element rowTitled(Element table, String title) {
		return table.select("tr")
			.stream()
			.filter((row) -> row.select("th").stream().anyMatch((th) -> th.text().equals(title)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row titled " + title));
	}

	private static Element header(Element table, String text) {
		return table.select("th")
			.stream()
			.filter((th) -> th.text().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no header " + text));
	}

	private static XWPFTableRow wordRowTitled(XWPFTable table, String title) {
		return table.getRows()
			.stream()
			.filter((row) -> row.getTableCells().stream().anyMatch((cell) -> cell.getText().equals(title)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Word row titled " + title));
	}

	private static int gridSpan(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return (properties != null && properties.isSetGridSpan())
				? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
	}

	private static STMerge.Enum vMerge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		if (properties == null || !properties.isSetVMerge()) {
			return null;
		}
		return properties.getVMerge().isSetVal() ? properties.getVMerge().getVal() : STMerge.CONTINUE;
	}

}
