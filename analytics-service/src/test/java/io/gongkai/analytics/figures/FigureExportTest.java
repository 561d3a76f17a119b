package io.gongkai.analytics.figures;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparisons, completeness, trends and drill-downs as files an analyst opens in Excel.
 */
class FigureExportTest extends FiguresTestSupport {

	@Test
	void aComparisonDownloadsAsCsvWithABomAndChineseHeadersWithUnits() throws Exception {
		MockHttpServletResponse response = call(analyst(),
				"/api/analytics/comparison?figure=requests.received&year=2022&format=csv");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename=\"comparison-requests.received-2022-province.csv\"")
			.contains("filename*=UTF-8''" + URLEncoder.encode("2022年各省收到政府信息公开申请数比较.csv", StandardCharsets.UTF_8));
		byte[] body = response.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("省份代码,名称,年度,指标,收到政府信息公开申请数（件）,报告数")
			.contains("中位数（件）", "汇总报告收到政府信息公开申请数（件）", "数据更新时间");
		assertThat(lines).anyMatch((line) -> line.startsWith("210000,辽宁省,2022,收到政府信息公开申请数,150,2,0,2,模板报告,"));
		assertThat(lines).anyMatch((line) -> line.startsWith("110000,北京市,2022,收到政府信息公开申请数,,0,"));
		assertThat(lines.get(lines.size() - 1)).startsWith("全国,全国合计,2022,收到政府信息公开申请数,1400,7,")
			.contains(",40,100,300,", ",1500,2,");
	}

	@Test
	void aRateComparisonDownloadsAsAnXlsxWorkbookThatPoiOpens() throws Exception {
		MockHttpServletResponse response = call(analyst(),
				"/api/analytics/comparison?figure=rate.disclosure&year=2022&format=xlsx");

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''" + URLEncoder.encode("2022年各省公开率比较.xlsx", StandardCharsets.UTF_8));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).startsWith("省份代码", "名称", "年度", "指标", "公开率（%）", "报告数");
			Row zhejiang = find(sheet, "330000");
			assertThat(zhejiang.getCell(1).getStringCellValue()).isEqualTo("浙江省");
			assertThat(zhejiang.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(zhejiang.getCell(4).getNumericCellValue()).isEqualTo(83.05);
			assertThat(zhejiang.getCell(12).getNumericCellValue()).isEqualTo(1);
			Row nation = find(sheet, "全国");
			assertThat(nation.getCell(4).getNumericCellValue()).isEqualTo(80.88);
			assertThat(find(sheet, "110000").getCell(4)).isNull();
		}
	}

	@Test
	void completenessAndTrendsAndDrilldownsDownloadToo() throws Exception {
		MockHttpServletResponse completeness = call(analyst(),
				"/api/analytics/completeness?from=2022&to=2022&format=xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(completeness.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(0))).contains("应报机关数（个）", "待审核（个）", "报送率（%）", "按时率（%）");
			Row gansu = find(sheet, "620000");
			assertThat(gansu.getCell(1).getStringCellValue()).isEqualTo("甘肃省");
			assertThat(gansu.getCell(3).getNumericCellValue()).isEqualTo(4);
			assertThat(gansu.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(gansu.getCell(12).getNumericCellValue()).isEqualTo(75.0);
			assertThat(gansu.getCell(13).getNumericCellValue()).isEqualTo(66.67);
			assertThat(gansu.getCell(14).getStringCellValue()).isEqualTo("2023年4月1日 16:00");
		}

		String trend = new String(call(analyst(),
				"/api/analytics/trend?figure=requests.received&province=210000&from=2020&to=2022&format=csv")
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(trend).contains("地区,年度,指标,收到政府信息公开申请数（件）,报告数,来源,较上年变化（件）,较上年倍数,异常跳变")
			.contains("辽宁省,2021,收到政府信息公开申请数,15,1,模板报告,-85,0.15,是")
			.contains("辽宁省,2022,收到政府信息公开申请数,150,2,模板报告,135,10,是");

		String agencies = new String(
				call(gansu(), "/api/analytics/provinces/620000/agencies?figure=requests.received&year=2022&format=csv")
					.getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(agencies).contains("机关代码,机关名称,层级,机关类别,报告范围,报告状态,按时报送,报告格式,年度,收到政府信息公开申请数（件）,省内排名")
			.contains("gs-rst,甘肃省人力资源和社会保障厅,省级,部门,本机关,已发布,否,2021年模板,2022,30,1");
	}

	@Test
	void outliersDownloadWithOneRowPerFinding() throws Exception {
		String fences = new String(
				call(analyst(), "/api/analytics/outliers?figure=rate.disclosure&year=2020&format=csv")
					.getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(fences).contains("发现,省份代码,省份,机关代码,机关名称,年度,指标,公开率（%）,上年（%）,较上年倍数,全国下限（%）,全国上限（%）")
			.contains("低于全国下限,440000,广东省,,,2020,公开率,20,")
			.contains(",62,78");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				call(analyst(), "/api/analytics/outliers?figure=requests.received&year=2022&format=xlsx")
					.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> findings = new ArrayList<>();
			for (Row row : sheet) {
				findings.add(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue());
			}
			assertThat(findings).contains("省份异常跳变 210000", "机关异常跳变 210000", "机关异常跳变 330000", "结转断裂（R5） 620000");
			Row broken = find(sheet, "结转断裂（R5）");
			assertThat(broken.getCell(4).getStringCellValue()).isEqualTo("甘肃省教育厅");
			assertThat(broken.getCell(7).getNumericCellValue()).isEqualTo(5);
			assertThat(broken.getCell(8).getNumericCellValue()).isEqualTo(3);
		}
	}

	@Test
	void anUnknownFormatIsRefusedWithWhatToGive() throws Exception {
		assertThat(problem(analyst(), "/api/analytics/comparison?figure=requests.received&year=2022&format=pdf", 400)
			.path("detail")
			.asString()).contains("json、csv 或 xlsx", "pdf");
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

	private static Row find(Sheet sheet, String key) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && key.equals(first.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row " + key);
	}

}
