package io.gongkai.report.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which cells of a table are totals of which, read from the table's layout: a column or a
 * row whose id is {@code total} or ends with {@code .total} sums its siblings, every
 * column (or row) holding figures under the same parent, at any depth. In T3 the 总计
 * column sums 自然人 and the five 法人或其他组织 columns, and the 办理结果总计 row sums the outcome rows;
 * in T4 each 总计 sums the outcomes of its group.
 */
public final class TableTotals {

	private static final String TOTAL = "total";

	private TableTotals() {
	}

	/**
	 * The totals of a table, column totals first, each in printed order.
	 * @param layout the table
	 * @return every total with the cells it sums
	 */
	public static List<Total> of(TableLayout layout) {
		List<Total> totals = new ArrayList<>();
		List<Column> leaves = layout.leafColumns();
		for (Row row : layout.cellRows()) {
			for (Column column : leaves) {
				if (isTotal(column.id())) {
					List<String> parts = leaves.stream()
						.filter((part) -> part != column && isColumnUnder(layout, part, column.parentId()))
						.map((part) -> layout.cell(row.id(), part.id()))
						.flatMap(Optional::stream)
						.map(Cell::id)
						.toList();
					total(layout, row, column, parts, totals);
				}
			}
		}
		for (Row row : layout.cellRows()) {
			if (isTotal(row.id()) && row.parentId() != null) {
				List<Row> partRows = layout.cellRowsUnder(row.parentId())
					.stream()
					.filter((part) -> part != row)
					.toList();
				for (Column column : leaves) {
					List<String> parts = partRows.stream()
						.map((part) -> layout.cell(part.id(), column.id()))
						.flatMap(Optional::stream)
						.map(Cell::id)
						.toList();
					total(layout, row, column, parts, totals);
				}
			}
		}
		return totals;
	}

	private static void total(TableLayout layout, Row row, Column column, List<String> parts, List<Total> totals) {
		layout.cell(row.id(), column.id())
			.filter((cell) -> !parts.isEmpty())
			.ifPresent((cell) -> totals.add(new Total(cell.id(), parts)));
	}

	private static boolean isTotal(String id) {
		return id.equals(TOTAL) || id.endsWith("." + TOTAL);
	}

	/**
	 * Whether a column lies under the given column group, at any depth; any column lies
	 * under none.
	 */
	private static boolean isColumnUnder(TableLayout layout, Column column, String groupId) {
		if (groupId == null) {
			return true;
		}
		String parent = column.parentId();
		while (parent != null) {
			if (parent.equals(groupId)) {
				return true;
			}
			String current = parent;
			parent = layout.columns()
				.stream()
				.filter((candidate) -> Objects.equals(candidate.id(), current))
				.findFirst()
				.map(Column::parentId)
				.orElse(null);
		}
		return false;
	}

}
