package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consistency rules printed with the template (勾稽关系), checked on the cells read:
 * <ul>
 * <li>R1, per column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度;</li>
 * <li>R2, per column: 办理结果总计 = the sum of all outcome cells;</li>
 * <li>R3, per row: 总计 = 自然人 + the five 法人或其他组织 columns;</li>
 * <li>R4: in T4, each 总计 = 维持 + 纠正 + 其他 + 尚未审结.</li>
 * </ul>
 * A rule is checked only where every cell it relates is filled: a blank cell is not
 * reported, and nothing forces it to zero here.
 */
final class TemplateChecks {

	private final TemplateLayout layout;

	TemplateChecks(TemplateLayout layout) {
		this.layout = layout;
	}

	List<ExtractionResult.Finding> check(Map<String, BigDecimal> cells) {
		List<ExtractionResult.Finding> findings = new ArrayList<>();
		List<String> columns = this.layout.t3Columns();
		List<String> outcomeRows = this.layout.t3Rows()
			.stream()
			.filter((row) -> row.id().startsWith("results.") && !row.id().equals("results.total"))
			.filter((row) -> row.hasCells() || row.optionalCells())
			.map(TemplateLayout.Row::id)
			.filter((id) -> !(id.equals("results.other") && hasAnyRow(cells, "results.other.")))
			.toList();
		for (String column : columns) {
			compare(findings, "R1", cells, List.of(cell("new_received", column), cell("carried_over", column)),
					List.of(cell("results.total", column), cell("carried_forward", column)));
			List<String> outcomes = outcomeRows.stream().map((row) -> cell(row, column)).toList();
			compare(findings, "R2", cells, outcomes, List.of(cell("results.total", column)));
		}
		for (TemplateLayout.Row row : this.layout.t3Rows()) {
			List<String> parts = columns.stream()
				.filter((c) -> !c.equals("total"))
				.map((c) -> cell(row.id(), c))
				.toList();
			compare(findings, "R3", cells, parts, List.of(cell(row.id(), "total")));
		}
		for (String group : List.of("review", "litigation.direct", "litigation.after_review")) {
			List<String> parts = List.of("maintained", "corrected", "other", "pending")
				.stream()
				.map((p) -> "t4." + group + "." + p)
				.toList();
			compare(findings, "R4", cells, parts, List.of("t4." + group + ".total"));
		}
		return findings;
	}

	private static boolean hasAnyRow(Map<String, BigDecimal> cells, String prefix) {
		return cells.keySet().stream().anyMatch((key) -> key.startsWith("t3." + prefix));
	}

	private static String cell(String row, String column) {
		return "t3." + row + "." + column;
	}

	/**
	 * Adds a finding when the sum of {@code left} differs from the sum of {@code right}.
	 */
	private static void compare(List<ExtractionResult.Finding> findings, String rule, Map<String, BigDecimal> cells,
			List<String> left, List<String> right) {
		BigDecimal expected = sum(cells, left);
		BigDecimal found = sum(cells, right);
		if (expected == null || found == null || expected.compareTo(found) == 0) {
			return;
		}
		List<String> related = new ArrayList<>(left);
		related.addAll(right);
		findings.add(new ExtractionResult.Finding(rule, related, MetricValue.wholeAsLong(expected),
				MetricValue.wholeAsLong(found)));
	}

	private static BigDecimal sum(Map<String, BigDecimal> cells, List<String> ids) {
		BigDecimal total = BigDecimal.ZERO;
		for (String id : ids) {
			BigDecimal value = cells.get(id);
			if (value == null) {
				return null;
			}
			total = total.add(value);
		}
		return total;
	}

}
