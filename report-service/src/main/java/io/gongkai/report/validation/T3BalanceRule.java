package io.gongkai.report.validation;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.Column;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TableLayout;

/**
 * R1, printed in T3 itself: for every column, 本年新收 + 上年结转 = 办理结果总计 + 结转下年度.
 */
final class T3BalanceRule extends EquationRule {

	T3BalanceRule(ReportTemplate template) {
		super(template, T3BalanceRule::derive);
	}

	private static List<Equation> derive(FormatTemplate template) {
		TableLayout t3 = template.table(Table.T3);
		List<Equation> equations = new ArrayList<>();
		for (Column column : t3.leafColumns()) {
			equations.add(new Equation(RuleId.R1, Severity.ERROR, "T3「" + column.label() + "」列",
					"T3 column " + column.label() + " (" + column.id() + ")",
					new Equation.Side(List.of(term(t3, "new_received", column), term(t3, "carried_over", column)),
							"本年新收与上年结转", "new and carried-over requests"),
					new Equation.Side(List.of(term(t3, "results.total", column), term(t3, "carried_forward", column)),
							"办理结果总计与结转下年度", "results total and carried-forward requests"),
					0));
		}
		return equations;
	}

	static Term term(TableLayout t3, String rowId, Column column) {
		Cell cell = t3.cell(rowId, column.id())
			.orElseThrow(() -> new IllegalStateException("T3 has no cell " + rowId + " × " + column.id()));
		return Term.of(cell.id(), cell.rowLabel(), english(rowId));
	}

}
