package io.gongkai.report.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template of one format as the pages lay it out: the six sections in order, and each
 * table with its rows and columns as printed (group rows and column groups included, each
 * naming its parent), every cell with its label and unit, and which cells are totals of
 * which.
 *
 * @param format the format id ({@code template2019}, {@code template2021})
 * @param sections the mandated sections in order
 * @param tables T2, T3 and T4
 */
record TemplateView(String format, List<SectionView> sections, List<TableView> tables) {

	static TemplateView of(FormatTemplate template) {
		List<TableView> tables = template.sections()
			.stream()
			.filter((section) -> !section.isText())
			.map((section) -> TableView.of(section.id(), template.table(section.table())))
			.toList();
		return new TemplateView(template.format().id(), template.sections().stream().map(SectionView::of).toList(),
				tables);
	}

	/**
	 * @param id {@code s1} to {@code s6}
	 * @param label the heading as printed
	 * @param table the table the section holds ({@code T2}, {@code T3}, {@code T4}), or
	 * {@code null} for a text section
	 */
	record SectionView(String id, String label, Table table) {

		static SectionView of(Section section) {
			return new SectionView(section.id(), section.label(), section.table());
		}

	}

	/**
	 * @param id {@code T2}, {@code T3} or {@code T4}
	 * @param section the section holding the table
	 * @param rows every row in printed order; a row not holding cells is a group heading
	 * @param columns every column in printed order; a column that is the parent of others
	 * is a group heading
	 * @param cells every cell, row by row; in T2 each row has its own columns
	 * @param totals the cells that are sums of others
	 */
	record TableView(Table id, String section, List<Row> rows, List<Column> columns, List<CellView> cells,
			List<Total> totals) {

		static TableView of(String section, TableLayout layout) {
			return new TableView(layout.table(), section, layout.rows(), layout.columns(),
					layout.cells().stream().map(CellView::of).toList(), TableTotals.of(layout));
		}

	}

	/**
	 * @param id the cell id a report's {@code cells} are keyed by
	 * @param rowId the row holding it
	 * @param columnId the column holding it
	 * @param label where it is printed, e.g. {@code T3「本年新收政府信息公开申请数量」行「总计」列}
	 * @param unit the unit the template prints for the column ({@code 万元}); {@code 件} for
	 * a count; {@code null} for an amount printed without its unit
	 * @param signed whether the figure may be negative (a 增/减 change)
	 */
	record CellView(String id, String rowId, String columnId, String label, String unit, boolean signed) {

		/** A unit printed in a column's label: {@code 本年收费金额（单位：万元）}. */
		private static final Pattern PRINTED_UNIT = Pattern.compile("（单位：([^）]+)）");

		private static final String COUNT = "件";

		private static final String AMOUNT = "金额";

		static CellView of(Cell cell) {
			return new CellView(cell.id(), cell.rowId(), cell.columnId(), cell.label(), unit(cell.columnLabel()),
					cell.signed());
		}

		private static String unit(String columnLabel) {
			Matcher printed = PRINTED_UNIT.matcher(columnLabel);
			if (printed.find()) {
				return printed.group(1);
			}
			return columnLabel.contains(AMOUNT) ? null : COUNT;
		}

	}

}
