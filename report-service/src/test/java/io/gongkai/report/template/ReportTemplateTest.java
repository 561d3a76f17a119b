package io.gongkai.report.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The national template read from template.json.
 */
class ReportTemplateTest {

	private final ReportTemplate template = ReportTemplate.national();

	@ParameterizedTest(name = "{0}: T2 {1}, T3 {2}, T4 {3} cells")
	@CsvSource({ "TEMPLATE_2019, 22, 161, 15", "TEMPLATE_2021, 10, 175, 15", "LEGACY, 0, 0, 0" })
	void eachFormatHasTheCellsOfItsPrintedTables(TemplateFormat format, int t2, int t3, int t4) {
		Map<String, Cell> cells = this.template.format(format).cells();

		assertThat(cells.values().stream().filter((cell) -> cell.table() == Table.T2)).hasSize(t2);
		assertThat(cells.values().stream().filter((cell) -> cell.table() == Table.T3)).hasSize(t3);
		assertThat(cells.values().stream().filter((cell) -> cell.table() == Table.T4)).hasSize(t4);
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource({ "TEMPLATE_2021, t3.new_received.total, T3「本年新收政府信息公开申请数量」行「总计」列",
			"TEMPLATE_2021, t3.results.denied.state_secret.natural_person, T3「本年度办理结果·不予公开·属于国家秘密」行「自然人」列",
			"TEMPLATE_2021, t3.results.partial.legal_person.commercial, T3「本年度办理结果·部分公开」行「法人或其他组织·商业企业」列",
			"TEMPLATE_2021, t3.results.other.fee_unpaid.total, "
					+ "T3「本年度办理结果·其他处理·申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请」行「总计」列",
			"TEMPLATE_2019, t3.results.other.total, T3「本年度办理结果·其他处理」行「总计」列",
			"TEMPLATE_2021, t4.review.corrected, T4「行政复议·结果纠正」",
			"TEMPLATE_2019, t4.litigation.direct.total, T4「行政诉讼·未经复议直接起诉·总计」",
			"TEMPLATE_2021, t2.art20_1.rules.made, T2「规章」行「本年制发件数」列",
			"TEMPLATE_2019, t2.art20_9.procurement.amount, T2「政府集中采购」行「采购总金额」列" })
	void aCellIsNamedByTemplateIdsAndLabelledAsPrinted(TemplateFormat format, String id, String label) {
		assertThat(this.template.cell(format, id))
			.hasValueSatisfying((cell) -> assertThat(cell.label()).isEqualTo(label));
	}

	@ParameterizedTest(name = "{1} exists in {0}: {2}")
	@CsvSource({ "TEMPLATE_2019, t3.results.other.natural_person, true",
			"TEMPLATE_2021, t3.results.other.natural_person, false",
			"TEMPLATE_2019, t3.results.other.no_correction.natural_person, false",
			"TEMPLATE_2021, t3.results.other.no_correction.natural_person, true",
			"TEMPLATE_2021, t3.results.denied.total, false", "TEMPLATE_2021, t3.new_received.legal_person, false",
			"TEMPLATE_2021, t4.review.total, true", "TEMPLATE_2021, t4.litigation.total, false",
			"TEMPLATE_2019, t2.art20_1.rules.in_force, false", "TEMPLATE_2021, t2.art20_1.rules.in_force, true" })
	void onlyRowsThatHoldFiguresInAFormatHaveCells(TemplateFormat format, String id, boolean exists) {
		assertThat(this.template.cell(format, id).isPresent()).isEqualTo(exists);
	}

	@Test
	void theRowsUnderAGroupAreFoundAtAnyDepthAndOnlyThere() {
		TableLayout t3 = this.template.format(TemplateFormat.TEMPLATE_2021).table(Table.T3);
		assertThat(t3.cellRowsUnder("results.denied")).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.id()).startsWith("results.denied."));
		assertThat(t3.cellRowsUnder("results")).hasSizeGreaterThan(t3.cellRowsUnder("results.denied").size());
		assertThat(t3.cellRowsUnder("new_received")).isEmpty();
	}

	@Test
	void bothTemplateFormatsHaveTheSixSectionsAndLegacyNone() {
		assertThat(this.template.format(TemplateFormat.TEMPLATE_2021).sections())
			.extracting(Section::id, Section::table)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("s1", null),
					org.assertj.core.groups.Tuple.tuple("s2", Table.T2),
					org.assertj.core.groups.Tuple.tuple("s3", Table.T3),
					org.assertj.core.groups.Tuple.tuple("s4", Table.T4),
					org.assertj.core.groups.Tuple.tuple("s5", null), org.assertj.core.groups.Tuple.tuple("s6", null));
		assertThat(this.template.format(TemplateFormat.TEMPLATE_2019).sections()).hasSize(6);
		assertThat(this.template.format(TemplateFormat.LEGACY).sections()).isEmpty();
	}

	@Test
	void unknownCellIdsAreRejectedAndNamed() {
		assertThatExceptionOfType(UnknownCellException.class)
			.isThrownBy(() -> this.template.checkCellIds(TemplateFormat.TEMPLATE_2019,
					List.of("t3.new_received.total", "t3.results.other.other.total", "t5.anything")))
			.withMessage("Format template2019 has no cell t3.results.other.other.total, t5.anything")
			.satisfies((ex) -> assertThat(ex.cellIds()).containsExactly("t3.results.other.other.total", "t5.anything"));
	}

	@Test
	void aLegacyReportHasNoCellAtAll() {
		assertThatExceptionOfType(UnknownCellException.class)
			.isThrownBy(() -> this.template.cellValues(TemplateFormat.LEGACY, Map.of("t3.new_received.total", 4L)))
			.satisfies((ex) -> assertThat(ex.cellIds()).containsExactly("t3.new_received.total"));
	}

	@Test
	void negativeCountsAreRejectedAndNamed() {
		Map<String, Long> values = new LinkedHashMap<>();
		values.put("t3.new_received.total", 5L);
		values.put("t4.review.total", -1L);
		values.put("t3.carried_over.total", -3L);

		assertThatExceptionOfType(NegativeCellValueException.class)
			.isThrownBy(() -> this.template.cellValues(TemplateFormat.TEMPLATE_2021, values))
			.withMessage("A figure cannot be negative: t3.carried_over.total, t4.review.total")
			.satisfies((ex) -> assertThat(ex.cellIds()).containsExactly("t3.carried_over.total", "t4.review.total"));
	}

	@Test
	void theTrialTemplatesYearOnYearChangeMayBeNegative() {
		CellValues cells = this.template.cellValues(TemplateFormat.TEMPLATE_2019,
				Map.of("t2.art20_5.licensing.delta", -3L));

		assertThat(cells.value("t2.art20_5.licensing.delta")).hasValue(-3);
	}

	@Test
	void aBlankCellIsNotReportedRatherThanZero() {
		Map<String, Long> values = new LinkedHashMap<>();
		values.put("t3.new_received.total", 0L);
		values.put("t3.carried_over.total", null);

		CellValues cells = this.template.cellValues(TemplateFormat.TEMPLATE_2021, values);

		assertThat(cells.value("t3.new_received.total")).hasValue(0);
		assertThat(cells.isBlank("t3.new_received.total")).isFalse();
		assertThat(cells.value("t3.carried_over.total")).isEmpty();
		assertThat(cells.isBlank("t3.carried_over.total")).isTrue();
		assertThat(cells.isBlank("t3.carried_forward.total")).isTrue();
		assertThat(cells.reportedIds()).containsExactly("t3.new_received.total");
	}

}
