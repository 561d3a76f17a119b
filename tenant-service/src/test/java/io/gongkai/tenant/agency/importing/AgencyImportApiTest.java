package io.gongkai.tenant.agency.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import io.gongkai.tenant.agency.RegistryApiTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgencyImportApiTest extends RegistryApiTestSupport {

	static final String HEADER = "编号,名称,别名,层级,类型,区划代码,上级机关编号,上级机关名称,报告范围,成立年份,撤销年份,并入机关编号\n";

	@Test
	void aCsvFileCreatesItsAgenciesWithParentsNamedFurtherDown() throws Exception {
		String csv = HEADER + """
				,郑州市人力资源和社会保障局,郑州市劳动和社会保障局；郑州市人社局,地级,部门,410100,,郑州市人民政府,本级,2010,,
				410100-gov,郑州市人民政府,,地级,政府,410100,,,汇总,,,
				,金水区人民政府,,县级,政府,410105,410100-gov,,汇总,,,
				""";
		importCsv("410000", "dryRun=false", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.committed").value(true))
			.andExpect(jsonPath("$.created").value(3))
			.andExpect(jsonPath("$.errors").value(0))
			.andExpect(jsonPath("$.results[*].status", everyItem(is("created"))))
			.andExpect(jsonPath("$.results[*].row", containsInAnyOrder(2, 3, 4)));
		list("410000", "parent=410100-gov")
			.andExpect(jsonPath("$.items[*].name", containsInAnyOrder("郑州市人力资源和社会保障局", "金水区人民政府")));
		list("410000", "name=人力资源")
			.andExpect(jsonPath("$.items[0].aliases", containsInAnyOrder("郑州市劳动和社会保障局", "郑州市人社局")))
			.andExpect(jsonPath("$.items[0].createdYear").value(2010))
			.andExpect(jsonPath("$.items[0].scope").value("own"));
		list("410000", "kind=government").andExpect(jsonPath("$.items[*].scope", everyItem(is("aggregate"))));
	}

	@Test
	void anXlsxFileCreatesItsAgenciesWithNumericCodesReadAsDigits() throws Exception {
		byte[] xlsx = xlsx(
				new Object[][] { { "名称", "层级", "类型", "区划代码", "上级机关编号", "成立年份" },
						{ "武汉市人力资源和社会保障局", "地级", "部门", 420100d, "420100-gov", 2010d },
						{ "武汉市人民政府", "地级", "政府", "420100", "", "" }, { "花山镇人民政府", "乡级", "政府", 420111001000d, "", "" } },
				"420100-gov", 2);
		importFile("420000", "dryRun=false", "agencies.xlsx", xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("xlsx"))
			.andExpect(jsonPath("$.created").value(3));
		list("420000", "level=township").andExpect(jsonPath("$.items[0].regionCode").value("420111001000"));
		list("420000", "parent=420100-gov").andExpect(jsonPath("$.items[*].name", containsInAnyOrder("武汉市人力资源和社会保障局")))
			.andExpect(jsonPath("$.items[0].createdYear").value(2010));
	}

	@Test
	void aDryRunShowsEveryRowsOutcomeAndChangesNothing() throws Exception {
		String csv = "名称,层级,类型,区划代码\n长沙市人民政府,地级,政府,430100\n长沙市某局,地级,部门,990100\n";
		importCsv("430000", "", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.committed").value(false))
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.errors").value(1))
			.andExpect(jsonPath("$.results[1].row").value(3))
			.andExpect(jsonPath("$.results[1].errors[0].column").value("区划代码"));
		importCsv("430000", "dryRun=true&keepValidRows=true", csv).andExpect(status().isOk());
		list("430000", "").andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void withInvalidRowsNothingIsImportedUnlessTheValidRowsAreKept() throws Exception {
		String csv = "名称,层级,类型,区划代码,上级机关名称\n广州市人民政府,地级,政府,440100,\n广州市某局,地级,部门,110100,\n"
				+ "广州市某局二处,地级,部门,440100,广州市某局\n";
		importCsv("440000", "dryRun=false", csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/import-rejected"))
			.andExpect(jsonPath("$.errorCount").value(2))
			.andExpect(jsonPath("$.rows[0].row").value(3))
			.andExpect(jsonPath("$.rows[0].errors[0].column").value("区划代码"))
			.andExpect(jsonPath("$.rows[1].errors[0].message").value(containsString("its parent, on row 3")));
		list("440000", "").andExpect(jsonPath("$.total").value(0));
		importCsv("440000", "dryRun=false&keepValidRows=true", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.errors").value(2));
		list("440000", "").andExpect(jsonPath("$.items[*].name", containsInAnyOrder("广州市人民政府")));
	}

	static Stream<Arguments> badFiles() throws IOException {
		String header = "编号,名称,层级,类型,区划代码,上级机关编号,上级机关名称,成立年份\n";
		return Stream.of(
				Arguments.of("bad quoting", utf8(header + ",\"南宁市\"某局,地级,部门,450100,,,\n"), 422,
						"bad quoting in column 2"),
				Arguments.of("wrong column count", utf8(header + ",南宁市某局,地级,部门,450100\n"), 422,
						"has 5 values where the header has 8 columns"),
				Arguments.of("quote never closed", utf8(header + ",\"南宁市某局,地级,部门,450100,,,\n"), 400, "never closes"),
				Arguments.of("UTF-16", ("\uFEFF" + header).getBytes(StandardCharsets.UTF_16LE), 400, "UTF-16"),
				Arguments.of("Big5", (header + ",南寧市某局,地級,部門,450100,,,\n").getBytes(Charset.forName("Big5")), 422,
						"save the file as UTF-8"),
				Arguments.of("not an xlsx workbook", new byte[] { 0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9 }, 400,
						"malformed-xlsx"),
				Arguments.of("an xls workbook", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 },
						415, ".xlsx"),
				Arguments.of("unknown column", utf8("名称,层级,类型,区划代码,电话\n南宁市某局,地级,部门,450100,123\n"), 422, "headed '电话'"),
				Arguments.of("missing column", utf8("名称,层级,类型\n南宁市某局,地级,部门\n"), 422, "区划代码 (regionCode)"),
				Arguments.of("cycle within the file",
						utf8(header + ",南宁市甲局,地级,部门,450100,,南宁市乙局,\n" + ",南宁市乙局,地级,部门,450100,,南宁市甲局,\n"), 422,
						"closes a cycle"),
				// as for an id registered nowhere: nothing tells that the parent exists
				// in another province
				Arguments.of("parent in another province", utf8(header + ",南宁市某局,地级,部门,450100,340100-gov,,\n"), 422,
						"no agency '340100-gov' in the registry or in this file"),
				Arguments.of("unknown parent", utf8(header + ",南宁市某局,地级,部门,450100,,南宁市不存在局,\n"), 422,
						"no agency named '南宁市不存在局'"),
				Arguments.of("region code not six digits", utf8(header + ",南宁市某局,地级,部门,4501,,,\n"), 422,
						"'4501' is not a region code"),
				Arguments.of("region code outside the province", utf8(header + ",南宁市某局,地级,部门,110101,,,\n"), 422,
						"does not lie in 广西壮族自治区 (450000)"),
				Arguments.of("same name twice in the file",
						utf8(header + ",南宁市某局,地级,部门,450100,,,\n,南宁市某局,地级,部门,450100,,,\n"), 422, "also on row 2"),
				Arguments.of("name of another registered agency",
						utf8(header + "450100-gov-2,南宁市人民政府,地级,政府,450100,,,\n"), 422,
						"already the name of agency '450100-gov'"),
				Arguments.of("unknown level and bad year", utf8(header + ",南宁市某局,市直,部门,450100,,,二〇一九\n"), 422,
						"'市直' is not a level"));
	}

	@Test
	void aChineseCoordinatorReadsWhatIsWrongWithARowInChinese() throws Exception {
		register("450000",
				"{\"id\":\"450100-gov\",\"name\":\"南宁市人民政府\",\"level\":\"prefecture\",\"kind\":\"government\",\"regionCode\":\"450100\"}");
		String csv = "编号,名称,层级,类型,区划代码,上级机关编号,上级机关名称,成立年份\n" + ",南宁市某局,地级,部门,450100,,南宁市不存在局,\n";
		importFile("450000", "dryRun=true", "agencies.csv", csv.getBytes(StandardCharsets.UTF_8), "zh-CN")
			.andExpect(content().string(containsString("名录和本文件中都没有名为“南宁市不存在局”的机关")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileIsRefusedNamingWhatToFixAndImportsNothing(String kind, byte[] file, int status, String mentioned)
			throws Exception {
		register("340000",
				"{\"id\":\"340100-gov\",\"name\":\"合肥市人民政府\",\"level\":\"prefecture\",\"kind\":\"government\",\"regionCode\":\"340100\"}");
		register("450000",
				"{\"id\":\"450100-gov\",\"name\":\"南宁市人民政府\",\"level\":\"prefecture\",\"kind\":\"government\",\"regionCode\":\"450100\"}");
		importFile("450000", "dryRun=false", "agencies.csv", file).andExpect(status().is(status))
			.andExpect(content().string(containsString(mentioned)));
		list("450000", "").andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aFileOfMoreThanFiftyThousandRowsIsRefusedWithTheLimit() throws Exception {
		StringBuilder csv = new StringBuilder("名称,层级,类型,区划代码\n");
		for (int i = 0; i < 50_001; i++) {
			csv.append("太原市第").append(i).append("局,地级,部门,140100\n");
		}
		importCsv("140000", "dryRun=false", csv.toString()).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/import-too-many-rows"))
			.andExpect(jsonPath("$.detail").value(containsString("more than 50,000 rows")));
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		importFile("140000", "dryRun=false", "agencies.csv", large).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("10 MB")));
		list("140000", "").andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anExportedFileImportsAgainWithEveryRowUnchanged() throws Exception {
		String csv = HEADER + """
				350100-gov,福州市人民政府,,地级,政府,350100,,,汇总,,,
				350100-rsj,福州市人力资源和社会保障局,"福州市劳动和社会保障局；=福州市人社局",地级,部门,350100,350100-gov,,本级,2010,,
				350100-ldj,"福州市""劳动""局, 旧",,地级,部门,350100,350100-gov,,本级,1990,2009,350100-rsj
				350102-gov,鼓楼区人民政府,,县级,政府,350102,,福州市人民政府,汇总,,,
				350102-zj,鼓楼区某村委,,乡级,部门,350102001001,350102-gov,,本级,,,
				""";
		importCsv("350000", "dryRun=false", csv).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(5));
		byte[] exported = this.mvc
			.perform(get("/api/tenants/350000/agencies/export?format=csv").header("Authorization",
					bearer(tokens.reporter("350000", "350100-gov"))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename*=UTF-8''" + URLEncoder.encode("福建省机关名录.csv", StandardCharsets.UTF_8))))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(exported, StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(text).startsWith("\uFEFF" + HEADER.strip());
		importFile("350000", "", "agencies.csv", exported).andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged").value(5))
			.andExpect(jsonPath("$.results[*].status", everyItem(is("unchanged"))));
		byte[] xlsx = this.mvc
			.perform(get("/api/tenants/350000/agencies/export?format=xlsx").header("Authorization",
					bearer(tokens.coordinator("350000"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		importFile("350000", "", "agencies.xlsx", xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.format").value("xlsx"))
			.andExpect(jsonPath("$.unchanged").value(5));
		String renamed = text.replace("鼓楼区某村委", "鼓楼区某村民委员会");
		importFile("350000", "dryRun=false", "agencies.csv", renamed.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1))
			.andExpect(jsonPath("$.results[*].changes", hasItem(hasSize(1))));
		list("350000", "name=村民委员会").andExpect(jsonPath("$.items[0].id").value("350102-zj"))
			.andExpect(jsonPath("$.items[0].version").value(2));
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A workbook of these rows; strings and numbers as given. The id {@code id} goes to
	 * the row {@code idRow} through an id column added at the end.
	 */
	static byte[] xlsx(Object[][] rows, String id, int idRow) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("机关");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
					else if (!"".equals(rows[r][c])) {
						row.createCell(c).setCellValue((String) rows[r][c]);
					}
				}
				if (r == 0) {
					row.createCell(rows[r].length).setCellValue("编号");
				}
				else if (r == idRow) {
					row.createCell(rows[r].length).setCellValue(id);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
