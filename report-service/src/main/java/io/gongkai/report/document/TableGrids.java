package io.gongkai.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongkai.report.document.PrintedDocument.Grid;
import io.gongkai.report.document.PrintedDocument.GridCell;
import io.gongkai.report.template.Cell;
import io.gongkai.report.template.Column;
import io.gongkai.report.template.Row;
import io.gongkai.report.template.TableLayout;
import io.gongkai.report.template.TemplateFormat;

/**
 * T2, T3 and T4 laid out as the national format prints them, with the figures of one
 * report version; a blank figure stays blank.
 * <ul>
 * <li>T2: one block per article of 第二十条, each with its header row (信息内容 and the block's
 * columns; the last column spans what is left).</li>
 * <li>T3: the note on R1 over the row titles; 申请人情况 over every applicant column; 法人或其他组织
 * over its five sub-columns; 自然人 and 总计 spanning two header rows; group rows (三、本年度办理结果,
 * （三）不予公开 …) as merged cells down the left.</li>
 * <li>T4: 行政复议 over its five columns, 行政诉讼 over 未经复议直接起诉 and 复议后起诉, each over its
 * five.</li>
 * </ul>
 */
final class TableGrids {

	private static final String T2_CONTENT_HEADER = "信息内容";

	private TableGrids() {
	}

	static Grid t2(TableLayout layout, TemplateFormat format, Map<String, Long> figures) {
		int dataColumns = 0;
		for (Row row : layout.rows()) {
			dataColumns = Math.max(dataColumns, cellsOf(layout, row).size());
		}
		int columns = 1 + dataColumns;
		PrintedLabels labels = PrintedLabels.national();
		List<List<GridCell>> rows = new ArrayList<>();
		String block = null;
		for (Row row : layout.rows()) {
			List<Cell> cells = cellsOf(layout, row);
			String rowBlock = labels.t2Block(format, row.id());
			if (!rowBlock.equals(block)) {
				block = rowBlock;
				rows.add(List.of(GridCell.label(rowBlock, 1, columns)));
				List<GridCell> header = new ArrayList<>();
				header.add(GridCell.label(T2_CONTENT_HEADER, 1, 1));
				for (int i = 0; i < cells.size(); i++) {
					header.add(GridCell.label(cells.get(i).columnLabel(), 1, spanOfLast(i, cells.size(), dataColumns)));
				}
				rows.add(header);
			}
			List<GridCell> line = new ArrayList<>();
			line.add(GridCell.label(row.label(), 1, 1));
			for (int i = 0; i < cells.size(); i++) {
				Cell cell = cells.get(i);
				line.add(GridCell.figure(cell.id(), figures.get(cell.id()), spanOfLast(i, cells.size(), dataColumns)));
			}
			rows.add(line);
		}
		return new Grid("T2", columns, 0, rows);
	}

	static Grid t3(TableLayout layout, Map<String, Long> figures) {
		int labelColumns = 1;
		for (Row row : layout.rows()) {
			labelColumns = Math.max(labelColumns, depth(layout, row) + 1);
		}
		List<List<Column>> levels = columnLevels(layout);
		List<Column> leaves = leaves(layout);
		int headerRows = 1 + levels.size();
		PrintedLabels labels = PrintedLabels.national();
		List<List<GridCell>> rows = new ArrayList<>();
		List<GridCell> top = new ArrayList<>();
		top.add(GridCell.label(labels.t3Note(), headerRows, labelColumns));
		top.add(GridCell.label(labels.t3ColumnGroup(), 1, leaves.size()));
		rows.add(top);
		rows.addAll(columnHeaders(layout, levels));
		for (Row row : layout.cellRows()) {
			List<GridCell> line = new ArrayList<>();
			for (Row group : ancestorsTopDown(layout, row)) {
				List<Row> under = cellRowsUnder(layout, group);
				if (under.get(0).id().equals(row.id())) {
					line.add(GridCell.label(group.label(), under.size(), 1));
				}
			}
			line.add(GridCell.label(row.label(), 1, labelColumns - depth(layout, row)));
			for (Column column : leaves) {
				String id = layout.cell(row.id(), column.id()).map(Cell::id).orElseThrow();
				line.add(GridCell.figure(id, figures.get(id), 1));
			}
			rows.add(line);
		}
		return new Grid("T3", labelColumns + leaves.size(), headerRows, rows);
	}

	static Grid t4(TableLayout layout, Map<String, Long> figures) {
		List<List<Column>> levels = columnLevels(layout);
		List<Column> leaves = leaves(layout);
		List<List<GridCell>> rows = new ArrayList<>(columnHeaders(layout, levels));
		Row row = layout.rows().get(0);
		List<GridCell> line = new ArrayList<>();
		for (Column column : leaves) {
			String id = layout.cell(row.id(), column.id()).map(Cell::id).orElseThrow();
			line.add(GridCell.figure(id, figures.get(id), 1));
		}
		rows.add(line);
		return new Grid("T4", leaves.size(), levels.size(), rows);
	}

	private static List<Cell> cellsOf(TableLayout layout, Row row) {
		return layout.cells().stream().filter((cell) -> cell.rowId().equals(row.id())).toList();
	}

	private static int spanOfLast(int index, int count, int dataColumns) {
		return (index == count - 1) ? dataColumns - count + 1 : 1;
	}

	/**
	 * Header rows from a column tree: a group over its leaves, a leaf down to the last.
	 */
	private static List<List<GridCell>> columnHeaders(TableLayout layout, List<List<Column>> levels) {
		List<List<GridCell>> rows = new ArrayList<>();
		for (int level = 0; level < levels.size(); level++) {
			List<GridCell> header = new ArrayList<>();
			for (Column column : levels.get(level)) {
				int leafCount = leavesUnder(layout, column).size();
				boolean group = !layout.children(column.id()).isEmpty();
				header.add(group ? GridCell.label(column.label(), 1, leafCount)
						: GridCell.label(column.label(), levels.size() - level, 1));
			}
			rows.add(header);
		}
		return rows;
	}

	/** The columns at each depth of the tree, in printed (depth-first) order. */
	private static List<List<Column>> columnLevels(TableLayout layout) {
		List<List<Column>> levels = new ArrayList<>();
		for (Column root : roots(layout)) {
			collect(layout, root, 0, levels);
		}
		return levels;
	}

	private static void collect(TableLayout layout, Column column, int level, List<List<Column>> levels) {
		while (levels.size() <= level) {
			levels.add(new ArrayList<>());
		}
		levels.get(level).add(column);
		for (Column child : layout.children(column.id())) {
			collect(layout, child, level + 1, levels);
		}
	}

	private static List<Column> roots(TableLayout layout) {
		return layout.columns().stream().filter((column) -> column.parentId() == null).toList();
	}

	private static List<Column> leaves(TableLayout layout) {
		List<Column> leaves = new ArrayList<>();
		for (Column root : roots(layout)) {
			leaves.addAll(leavesUnder(layout, root));
		}
		return leaves;
	}

	private static List<Column> leavesUnder(TableLayout layout, Column column) {
		List<Column> children = layout.children(column.id());
		if (children.isEmpty()) {
			return List.of(column);
		}
		List<Column> leaves = new ArrayList<>();
		for (Column child : children) {
			leaves.addAll(leavesUnder(layout, child));
		}
		return leaves;
	}

	/**
	 * The rows holding figures below a group row (not {@link TableLayout#cellRowsUnder},
	 * which fails on a row whose ancestors end at the top without meeting the group).
	 */
	private static List<Row> cellRowsUnder(TableLayout layout, Row group) {
		return layout.cellRows()
			.stream()
			.filter((row) -> ancestorsTopDown(layout, row).stream().anyMatch((a) -> a.id().equals(group.id())))
			.toList();
	}

	private static int depth(TableLayout layout, Row row) {
		return ancestorsTopDown(layout, row).size();
	}

	private static List<Row> ancestorsTopDown(TableLayout layout, Row row) {
		List<Row> ancestors = new ArrayList<>();
		String parent = row.parentId();
		while (parent != null) {
			String id = parent;
			Row found = layout.rows()
				.stream()
				.filter((candidate) -> candidate.id().equals(id))
				.findFirst()
				.orElseThrow();
			ancestors.add(0, found);
			parent = found.parentId();
		}
		return ancestors;
	}

}
