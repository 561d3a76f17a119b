package io.gongkai.report.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows, columns and cells of one table in one format. Rules derive their equations
 * from it instead of listing cells by hand.
 */
public final class TableLayout {

	private final Table table;

	private final List<Row> rows;

	private final List<Column> columns;

	private final List<Cell> cells;

	private final Map<String, Cell> byRowAndColumn = new HashMap<>();

	TableLayout(Table table, List<Row> rows, List<Column> columns, List<Cell> cells) {
		this.table = table;
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
		this.cells = List.copyOf(cells);
		for (Cell cell : cells) {
			this.byRowAndColumn.put(cell.rowId() + "|" + cell.columnId(), cell);
		}
	}

	public Table table() {
		return this.table;
	}

	/** Every row in printed order, group rows included. */
	public List<Row> rows() {
		return this.rows;
	}

	/** Every column in printed order, column groups included. */
	public List<Column> columns() {
		return this.columns;
	}

	/** Every cell in printed order (row by row). */
	public List<Cell> cells() {
		return this.cells;
	}

	public Optional<Cell> cell(String rowId, String columnId) {
		return Optional.ofNullable(this.byRowAndColumn.get(rowId + "|" + columnId));
	}

	/** The rows holding figures. */
	public List<Row> cellRows() {
		return this.rows.stream().filter(Row::holdsCells).toList();
	}

	/** The rows holding figures below the given group row, at any depth. */
	public List<Row> cellRowsUnder(String groupRowId) {
		return this.rows.stream().filter((row) -> row.holdsCells() && isRowUnder(row, groupRowId)).toList();
	}

	/** The columns holding figures: those that are not a group of other columns. */
	public List<Column> leafColumns() {
		return this.columns.stream().filter((column) -> children(column.id()).isEmpty()).toList();
	}

	/** The columns directly under the given column group. */
	public List<Column> children(String columnId) {
		return this.columns.stream().filter((column) -> columnId.equals(column.parentId())).toList();
	}

	private boolean isRowUnder(Row row, String ancestorId) {
		String parent = row.parentId();
		while (parent != null) {
			if (parent.equals(ancestorId)) {
				return true;
			}
			String current = parent;
			parent = this.rows.stream()
				.filter((candidate) -> candidate.id().equals(current))
				.findFirst()
				.map(Row::parentId)
				.orElse(null);
		}
		return false;
	}

}
