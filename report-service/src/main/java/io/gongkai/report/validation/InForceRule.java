package io.gongkai.report.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Row;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TableLayout;

/**
 * R6, across years, for every T2 row with 本年制发, 本年废止 and 现行有效 columns (规章 and 行政规范性文件
 * from 2021): 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止.
 *
 * <p>
 * "≈" because documents also lapse without being repealed (a 有效期 runs out): a difference
 * up to {@value #TOLERANCE_PERCENT}% of the expected figure (rounded down, so exact below
 * 20) is accepted. Skipped without a previous report in the 2021 format, whose T2 alone
 * has 现行有效.
 */
final class InForceRule extends EquationRule {

	static final int TOLERANCE_PERCENT = 5;

	InForceRule(ReportTemplate template) {
		super(template, InForceRule::derive);
	}

	private static List<Equation> derive(FormatTemplate template) {
		TableLayout t2 = template.table(Table.T2);
		List<Equation> equations = new ArrayList<>();
		for (Row row : t2.rows()) {
			Optional<Cell> made = t2.cell(row.id(), "made");
			Optional<Cell> repealed = t2.cell(row.id(), "repealed");
			Optional<Cell> inForce = t2.cell(row.id(), "in_force");
			if (made.isEmpty() || repealed.isEmpty() || inForce.isEmpty()) {
				continue;
			}
			equations.add(new Equation(RuleId.R6, Severity.WARNING, "跨年核对（T2「" + row.label() + "」）",
					"Across years (T2 row " + row.label() + ", " + row.id() + ")",
					new Equation.Side(
							List.of(Term.previous(inForce.get().id(), "上年现行有效", "last year's in force"),
									Term.of(made.get().id(), "本年制发", "made"),
									Term.of(repealed.get().id(), "本年废止", "repealed").minus()),
							"上年现行有效+本年制发−本年废止", "last year's in force + made − repealed"),
					new Equation.Side(List.of(Term.of(inForce.get().id(), "现行有效", "in force")), "现行有效", "in force"),
					TOLERANCE_PERCENT));
		}
		return equations;
	}

}
