package io.gongkai.report.validation;

import java.util.List;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Table;

/**
 * SECTION, on what was written: a table the agency states it had nothing to report in
 * (本年度无此项内容) holds no figure. Either the statement or the figures are wrong.
 */
final class NothingToReportRule implements Rule {

	private final ReportTemplate template;

	NothingToReportRule(ReportTemplate template) {
		this.template = template;
	}

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		for (Table table : Table.values()) {
			if (!input.nothingToReport().contains(table)) {
				continue;
			}
			List<String> reported = this.template.format(input.format())
				.table(table)
				.cells()
				.stream()
				.map(Cell::id)
				.filter((id) -> !input.cells().isBlank(id))
				.toList();
			if (!reported.isEmpty()) {
				findings.add(new Finding(RuleId.SECTION, Severity.ERROR, reported, List.of(), null, null,
						"表" + table + "已声明「本年度无此项内容」，但填报了" + reported.size() + "个数字：请取消声明或删去这些数字",
						"Table " + table + " is stated to have nothing to report this year, yet " + reported.size()
								+ " figures are filled in: withdraw the statement or clear the figures"));
			}
		}
	}

}
