package io.gongkai.report.validation;

import java.util.List;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TableLayout;

/**
 * R5, across years: the previous report's 结转下年度继续办理 (总计) equals this report's 上年结转 (总计),
 * as template.json states it. Only the total column is compared: agencies reclassify
 * applicants between years, and a per-column difference would repeat the same finding.
 * Skipped without a previous report or when either figure is blank there.
 */
final class CarryOverRule extends EquationRule {

	private static final String TOTAL = "total";

	CarryOverRule(ReportTemplate template) {
		super(template, CarryOverRule::derive);
	}

	private static List<Equation> derive(FormatTemplate template) {
		TableLayout t3 = template.table(Table.T3);
		Cell carriedForward = cell(t3, "carried_forward");
		Cell carriedOver = cell(t3, "carried_over");
		return List.of(new Equation(RuleId.R5, Severity.WARNING, "跨年核对（T3「总计」列）", "Across years (T3 column 总计)",
				new Equation.Side(List.of(Term.previous(carriedForward.id(), "上年报告的" + carriedForward.rowLabel(),
						"last year's carried forward")), "上年结转下年度", "last year's carried forward"),
				new Equation.Side(
						List.of(Term.of(carriedOver.id(), "本年" + carriedOver.rowLabel(), "this year's carried over")),
						"本年上年结转", "this year's carried over"),
				0));
	}

	private static Cell cell(TableLayout t3, String rowId) {
		return t3.cell(rowId, TOTAL).orElseThrow(() -> new IllegalStateException("T3 has no cell " + rowId));
	}

}
