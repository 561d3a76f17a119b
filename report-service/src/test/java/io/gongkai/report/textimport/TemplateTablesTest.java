package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTablesTest {

	private final TextExtractor extractor = new TextExtractor();

	private ExtractionResult extract(String name) throws TextImportException {
		return ReportCases.written().filter((c) -> c.source().startsWith(name)).findFirst().map((c) -> {
			try {
				return this.extractor.extract(c.source(), c.bytes());
			}
			catch (TextImportException ex) {
				throw new IllegalStateException(ex);
			}
		}).orElseThrow();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "10_hangzhou", "11_ordos", "12_guilin", "13_xining", "14_karamay" })
	void everyTemplateFlatteningGivesTheT3TotalsAndConsistentTables(String report) throws TextImportException {
		ExtractionResult result = extract(report);

		assertThat(result.cells()).containsKeys("t3.new_received.total", "t3.results.total.total",
				"t3.carried_forward.total", "t4.review.total", "t4.litigation.after_review.total");
		assertThat(result.findings()).isEmpty();
	}

	/**
	 * The same table as real pages flatten it: PDF text that breaks long row labels and
	 * puts the numbers on the next line, numbers spaced or separated by tabs on the
	 * label's line, one cell per line, and rows whose blank cells were dropped.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "pdf_wrapped", "spaced", "tabs", "perline", "dropped" })
	void theTableIsReadInEveryShapePagesGiveIt(String shape) throws Exception {
		byte[] text = getClass().getResourceAsStream("/textimport/shapes/" + shape + ".txt").readAllBytes();

		ExtractionResult result = this.extractor.extract(shape + ".txt", text);

		assertThat(result.findings()).isEmpty();
		assertThat(result.cells()).containsEntry("t3.new_received.total", 6L)
			.containsEntry("t3.results.granted.total", 4L)
			.containsEntry("t3.results.other.no_correction.total", 0L)
			.containsEntry("t3.results.total.total", 6L)
			.containsEntry("t4.review.total", 1L);
		if (!shape.equals("dropped")) {
			assertThat(result.cells()).hasSize(190).containsEntry("t3.results.granted.legal_person.commercial", 1L);
		}
		assertThat(result.metrics().get("requests.partial").value()).isEqualTo(1L);
	}

	@Test
	void blankCellsAreNotReportedRatherThanZero() throws TextImportException {
		ExtractionResult result = extract("11_ordos");

		assertThat(result.cells()).containsEntry("t3.new_received.legal_person.research", 0L)
			.doesNotContainKey("t3.results.granted.legal_person.research")
			.containsEntry("t3.results.granted.natural_person", 10L)
			.containsEntry("t3.results.other.no_correction.total", 1L);
	}

	@Test
	void theT2CellsOfBothTemplateVersionsAreRead() throws TextImportException {
		assertThat(extract("10_hangzhou").cells()).containsEntry("t2.art20_5.licensing.delta", -3L)
			.containsEntry("t2.art20_9.procurement.amount", new BigDecimal("2863.5"));
		assertThat(extract("11_ordos").cells()).containsEntry("t2.art20_1.normative_docs.in_force", 9L)
			.containsEntry("t2.art20_6.penalty.decisions", 127L);
	}

	@Test
	void cellsThatBreakTheTemplateRulesAreReportedAsFindings() throws TextImportException {
		String text = """
				某某县人民政府办公室2021年政府信息公开工作年度报告
				三、收到和处理政府信息公开申请情况
				一、本年新收政府信息公开申请数量 | 10 | 1 | 0 | 0 | 0 | 0 | 11
				二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
				三、本年度办理结果 | （一）予以公开 | 6 | 1 | 0 | 0 | 0 | 0 | 7
				（七）总计 | 8 | 1 | 0 | 0 | 0 | 0 | 9
				四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1
				四、政府信息公开行政复议、行政诉讼情况
				行政复议 | 行政诉讼
				结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
				1 | 1 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0
				""";

		ExtractionResult result = this.extractor.extract("x.txt", text.getBytes(StandardCharsets.UTF_8));

		assertThat(result.format()).isEqualTo(ReportFormat.TEMPLATE_2021);
		assertThat(result.findings()).extracting(ExtractionResult.Finding::rule)
			.containsExactlyInAnyOrder("R1", "R1", "R4");
		assertThat(result.findings()).filteredOn((f) -> f.rule().equals("R4")).singleElement().satisfies((f) -> {
			assertThat(f.expected()).isEqualTo(2L);
			assertThat(f.found()).isEqualTo(3L);
			assertThat(f.cells()).contains("t4.review.total");
		});
		assertThat(result.metrics().get("requests.received").value()).isEqualTo(11L);
	}

	@Test
	void aLegacyReportHasNoCells() throws TextImportException {
		ExtractionResult result = extract("03_mianyang");

		assertThat(result.format()).isEqualTo(ReportFormat.LEGACY);
		assertThat(result.cells()).isEmpty();
		assertThat(ExpectedResults.asJson(result).has("cells")).isFalse();
	}

	@Test
	void cellsSplitInEachFlatteningAreAligned() {
		String barred = "予以公开 | | 5 | 0 | 0 | 0 | 1 | 0 | 6\n";
		String spaced = "予以公开 5 0 0 0 1 0 6\n";
		String perLine = "予以公开\n5\n0\n\n0\n1\n0\n6\n";

		assertThat(TableCells.read(barred, 4, barred.length(), 7, RowReadings.PARTS_MAKE_TOTAL))
			.extracting(TemplateTablesTest::plain)
			.containsExactly("5", "0", "0", "0", "1", "0", "6");
		assertThat(TableCells.read(spaced, 4, spaced.length(), 7, RowReadings.PARTS_MAKE_TOTAL))
			.extracting(TemplateTablesTest::plain)
			.containsExactly("5", "0", "0", "0", "1", "0", "6");
		assertThat(TableCells.read(perLine, 4, perLine.length(), 7, RowReadings.PARTS_MAKE_TOTAL))
			.extracting(TemplateTablesTest::plain)
			.containsExactly("5", "0", null, "0", "1", "0", "6");
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	@Test
	void theLayoutComesFromTemplateJson() {
		TemplateLayout layout = new TemplateLayout();

		assertThat(layout.t3Columns()).hasSize(7).first().isEqualTo("natural_person");
		assertThat(layout.t3Rows()).extracting(TemplateLayout.Row::id).contains("new_received", "results.total");
		assertThat(layout.t4Columns()).hasSize(15);
		assertThat(List.of(layout.t2Rows(ReportFormat.TEMPLATE_2019).size(),
				layout.t2Rows(ReportFormat.TEMPLATE_2021).size()))
			.containsExactly(8, 6);
	}

}
