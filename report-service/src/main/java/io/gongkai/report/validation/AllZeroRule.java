package io.gongkai.report.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import io.gongkai.report.template.Cell;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TemplateFormat;

/**
 * ZERO: every reported cell of T2 or of T3 is 0. Possible for a small body, but more
 * often a table left at its default. T4 is not checked: most agencies have no
 * reconsideration and no lawsuit in a year, so an all-zero T4 is the normal case. A table
 * with no reported cell at all is left to {@link MandatedSectionsRule}.
 */
final class AllZeroRule implements Rule {

	private static final List<Table> CHECKED = List.of(Table.T2, Table.T3);

	private static final Map<Table, String> WHAT = Map.of(Table.T2, "主动公开的数字", Table.T3, "政府信息公开申请的数字");

	private final Map<TemplateFormat, Map<Table, List<String>>> cellIds = new EnumMap<>(TemplateFormat.class);

	AllZeroRule(ReportTemplate template) {
		for (TemplateFormat format : List.of(TemplateFormat.TEMPLATE_2019, TemplateFormat.TEMPLATE_2021)) {
			Map<Table, List<String>> byTable = new EnumMap<>(Table.class);
			for (Table table : CHECKED) {
				byTable.put(table, template.format(format).table(table).cells().stream().map(Cell::id).toList());
			}
			this.cellIds.put(format, byTable);
		}
	}

	@Override
	public void check(ValidationInput input, List<Finding> findings) {
		Map<Table, List<String>> tables = this.cellIds.get(input.format());
		if (tables == null) {
			return;
		}
		for (Table table : CHECKED) {
			if (!allReportedAreZero(tables.get(table), input)) {
				continue;
			}
			List<String> reported = tables.get(table).stream().filter((id) -> !input.cells().isBlank(id)).toList();
			if (!reported.isEmpty()) {
				findings.add(new Finding(RuleId.ZERO, Severity.WARNING, reported, List.of(), null, null,
						table + " 填报的" + reported.size() + "个数字全部为0：如确实如此，请在总体情况中说明；否则请填写实际的" + WHAT.get(table),
						table + ": all " + reported.size() + " reported figures are 0; if that is so, say it in "
								+ "section 一、总体情况, otherwise enter the actual figures"));
			}
		}
	}

	private static boolean allReportedAreZero(List<String> cellIds, ValidationInput input) {
		for (String id : cellIds) {
			OptionalLong value = input.cells().value(id);
			if (value.isPresent() && value.getAsLong() != 0) {
				return false;
			}
		}
		return true;
	}

}
