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
 * R4: in T4, for every column group with a 总计 column (行政复议, 未经复议直接起诉, 复议后起诉), 总计 = the
 * group's other columns (维持 + 纠正 + 其他 + 尚未审结).
 */
final class T4OutcomeSumRule extends EquationRule {

	private static final String TOTAL_SUFFIX = ".total";

	T4OutcomeSumRule(ReportTemplate template) {
		super(template, T4OutcomeSumRule::derive);
	}

	private static List<Equation> derive(FormatTemplate template) {
		TableLayout t4 = template.table(Table.T4);
		String row = t4.rows().get(0).id();
		List<Equation> equations = new ArrayList<>();
		for (Column group : t4.columns()) {
			List<Column> children = t4.children(group.id());
			Column total = children.stream()
				.filter((column) -> column.id().equals(group.id() + TOTAL_SUFFIX))
				.findFirst()
				.orElse(null);
			if (total == null) {
				continue;
			}
			List<Term> parts = children.stream()
				.filter((column) -> column != total)
				.map((column) -> term(t4, row, column))
				.toList();
			String groupLabel = t4.cell(row, total.id())
				.map(Cell::columnLabel)
				.map((label) -> label.substring(0, label.lastIndexOf('·')))
				.orElse(group.label());
			equations.add(new Equation(RuleId.R4, Severity.ERROR, "T4「" + groupLabel + "」",
					"T4 " + groupLabel + " (" + group.id() + ")", new Equation.Side(parts, "各项结果", "outcome columns"),
					new Equation.Side(List.of(term(t4, row, total)), "总计", "total"), 0));
		}
		return equations;
	}

	private static Term term(TableLayout t4, String row, Column column) {
		Cell cell = t4.cell(row, column.id())
			.orElseThrow(() -> new IllegalStateException("T4 has no cell " + column.id()));
		String id = column.id();
		return Term.of(cell.id(), column.label(), id.substring(id.lastIndexOf('.') + 1));
	}

}
