package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowReadingsTest {

	private static List<String> plain(List<BigDecimal> cells) {
		return cells.stream().map((c) -> (c != null) ? c.toPlainString() : null).toList();
	}

	@Test
	void digitsRunTogetherAreCutWhereThePartsMakeTheTotal() {
		assertThat(plain(RowReadings.read(List.of("6000017"), 7, RowReadings.PARTS_MAKE_TOTAL, true)))
			.containsExactly("6", "0", "0", "0", "0", "1", "7");
		assertThat(plain(RowReadings.read(List.of("200", "000121"), 7, RowReadings.PARTS_MAKE_TOTAL, true)))
			.containsExactly("20", "0", "0", "0", "0", "1", "21");
	}

	@Test
	void cellsTheReadingsDisagreeOnStayUnread() {
		// 2|1|1|1|13|2|20, 2|1|1|11|3|2|20, 2|1|11|1|3|2|20 and 2|11|1|1|3|2|20 all make
		// their total
		assertThat(plain(RowReadings.read(List.of("211113220"), 7, RowReadings.PARTS_MAKE_TOTAL, true)))
			.containsExactly("2", null, null, null, null, "2", "20");
	}

	@Test
	void aRowWithTooManyWaysToCutIsNotReadRatherThanSearchedForever() {
		assertThat(RowReadings.read(List.of("1".repeat(60)), 15, RowReadings.GROUPS_MAKE_TOTALS, true)).isNull();
		assertThat(RowReadings.read(List.of("1".repeat(1000)), 7, RowReadings.PARTS_MAKE_TOTAL, true)).isNull();
		assertThat(RowReadings.read(List.of("0".repeat(40), "1".repeat(40)), 15, RowReadings.GROUPS_MAKE_TOTALS, true))
			.isNull();
	}

	@Test
	void aRowWithNoRuleIsNeverCut() {
		assertThat(RowReadings.read(List.of("31"), 2, RowReadings.NONE, true)).isNull();
	}

	@Test
	void aRowWhoseBlankCellsWereDroppedGivesItsTotalOnly() {
		assertThat(plain(RowReadings.read(List.of("1", "1"), 7, RowReadings.PARTS_MAKE_TOTAL, false)))
			.containsExactly(null, null, null, null, null, null, "1");
		assertThat(RowReadings.read(List.of("2", "5"), 7, RowReadings.PARTS_MAKE_TOTAL, false)).isNull();
	}

	@Test
	void reviewAndLitigationRunTogetherAreReadByGroup() {
		assertThat(plain(RowReadings.read(List.of("000000000000000"), 15, RowReadings.GROUPS_MAKE_TOTALS, true)))
			.containsOnly("0");
	}

	@Test
	void aTemplateReportWithItsCellsRunTogetherIsReadWhole() throws TextImportException {
		String text = """
				某某县人民政府2020年政府信息公开工作年度报告
				三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量300 000131二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开90000110（二）部分公开（区分处理的，只计这一情形，不计其他情形）2000003（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000（七）总计30 0 00 0 131四、结转下年度继续办理 0 0 00 00 0 四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计100010000000000 五、存在的主要问题
				""";

		ExtractionResult result = new TextExtractor().extract("x.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.format()).isEqualTo(ReportFormat.TEMPLATE_2019);
		assertThat(result.cells()).containsEntry("t3.new_received.natural_person", 30L)
			.containsEntry("t3.new_received.total", 31L)
			.containsEntry("t3.results.granted.total", 10L)
			.containsEntry("t3.results.denied.state_secret.total", 0L)
			.containsEntry("t3.results.total.total", 31L)
			.containsEntry("t4.review.maintained", 1L)
			.containsEntry("t4.review.total", 1L);
		assertThat(result.metrics().get("requests.received").value()).isEqualTo(31L);
		assertThat(result.cells()).doesNotContainKey("t3.results.partial.total");
		assertThat(result.findings()).filteredOn((finding) -> finding.rule().equals(TextExtractor.UNREADABLE_CELLS))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.cells()).contains("t3.results.partial.total",
					"t3.results.partial.natural_person"));
		assertThat(Arrays.asList(result.metrics().keySet().toArray())).contains("review.total", "litigation.total");
	}

}
