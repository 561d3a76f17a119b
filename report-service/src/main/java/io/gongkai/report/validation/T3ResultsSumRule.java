package io.gongkai.report.validation;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.template.Column;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Row;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TableLayout;

/**
 * R2: for every T3 column, 办理结果总计 = the sum of every outcome row under 本年度办理结果 that holds
 * figures in the format (so 其他处理 counts as one row in 2019 and as its three sub-rows from
 * 2021).
 */
final class T3ResultsSumRule extends EquationRule {

	private static final String RESULTS = "results";

	private static final String RESULTS_TOTAL = "results.total";

	T3ResultsSumRule(ReportTemplate template) {
		super(template, T3ResultsSumRule::derive);
	}

	private static List<Equation> derive(FormatTemplate template) {
		TableLayout t3 = template.table(Table.T3);
		List<Row> outcomes = t3.cellRowsUnder(RESULTS)
			.stream()
			.filter((row) -> !row.id().equals(RESULTS_TOTAL))
			.toList();
		List<Equation> equations = new ArrayList<>();
		for (Column column : t3.leafColumns()) {
			List<Term> parts = outcomes.stream().map((row) -> T3BalanceRule.term(t3, row.id(), column)).toList();
			equations.add(new Equation(RuleId.R2, Severity.ERROR, "T3「" + column.label() + "」列",
					"T3 column " + column.label() + " (" + column.id() + ")",
					new Equation.Side(parts, "各项办理结果", "outcome rows"), new Equation.Side(
							List.of(T3BalanceRule.term(t3, RESULTS_TOTAL, column)), "办理结果总计", "results total"),
					0));
		}
		return equations;
	}

}
