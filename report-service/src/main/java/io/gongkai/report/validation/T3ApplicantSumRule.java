package io.gongkai.report.validation;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.Column;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Row;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TableLayout;

/**
 * R3: for every T3 row, 总计 = 自然人 + the five 法人或其他组织 columns (every column that holds
 * figures, other than 总计).
 */
final class T3ApplicantSumRule extends EquationRule {

	private static final String TOTAL = "total";

	T3ApplicantSumRule(ReportTemplate template) {
		super(template, T3ApplicantSumRule::derive);
	}

	private static List<Equation> derive(FormatTemplate template) {
		TableLayout t3 = template.table(Table.T3);
		List<Column> applicants = t3.leafColumns().stream().filter((column) -> !column.id().equals(TOTAL)).toList();
		Column total = t3.leafColumns()
			.stream()
			.filter((column) -> column.id().equals(TOTAL))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("T3 has no total column"));
		List<Equation> equations = new ArrayList<>();
		for (Row row : t3.cellRows()) {
			List<Term> parts = applicants.stream().map((column) -> term(t3, row, column)).toList();
			String rowLabel = t3.cell(row.id(), TOTAL).map(Cell::rowLabel).orElse(row.label());
			equations.add(new Equation(RuleId.R3, Severity.ERROR, "T3「" + rowLabel + "」行",
					"T3 row " + rowLabel + " (" + row.id() + ")",
					new Equation.Side(parts, "各类申请人", "applicant columns"),
					new Equation.Side(List.of(term(t3, row, total)), "总计", "total"), 0));
		}
		return equations;
	}

	private static Term term(TableLayout t3, Row row, Column column) {
		Cell cell = t3.cell(row.id(), column.id())
			.orElseThrow(() -> new IllegalStateException("T3 has no cell " + row.id() + " × " + column.id()));
		return Term.of(cell.id(), column.label(), column.label() + " (" + english(column.id()) + ")");
	}

}
