package io.gongkai.report.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A report version as the published document prints it, independent of the output format:
 * a title, then headings, paragraphs and tables in order.
 *
 * @param title e.g. {@code 某市人力资源和社会保障局2021年政府信息公开工作年度报告}
 * @param agencyName the agency as printed under the report
 * @param publishedOn the day printed under the report, if known
 * @param draftNotice a notice that the version is not (yet) the accepted one, or
 * {@code null} for an accepted or published version
 * @param blocks the body in printed order
 */
record PrintedDocument(String title, String agencyName, LocalDate publishedOn, String draftNotice, List<Block> blocks) {

	PrintedDocument {
		blocks = List.copyOf(blocks);
	}

	/** A part of the body. */
	sealed interface Block permits Heading, Paragraph, Grid {

	}

	/** A section heading, e.g. {@code 一、总体情况}. */
	record Heading(String text) implements Block {

	}

	/** One paragraph of text. */
	record Paragraph(String text) implements Block {

	}

	/**
	 * A table as printed: rows of cells where a cell spanning rows or columns appears
	 * once, in the first row and column it covers (as in HTML).
	 *
	 * @param name a short name for the table, e.g. {@code T3}
	 * @param columns the number of columns of the grid
	 * @param headerRows how many of the first rows are header rows
	 * @param rows the rows
	 */
	record Grid(String name, int columns, int headerRows, List<List<GridCell>> rows) implements Block {

		Grid {
			rows = rows.stream().map(List::copyOf).toList();
		}

	}

	/**
	 * A cell of a grid.
	 *
	 * @param text what it shows; empty for a blank figure
	 * @param rowSpan rows it covers
	 * @param colSpan columns it covers
	 * @param label whether it is a label (a header or a row title) rather than a figure
	 * @param cellId the template cell id of a figure, or {@code null} for a label
	 */
	record GridCell(String text, int rowSpan, int colSpan, boolean label, String cellId) {

		static GridCell label(String text, int rowSpan, int colSpan) {
			return new GridCell(text, rowSpan, colSpan, true, null);
		}

		static GridCell figure(String cellId, Long value, int colSpan) {
			return new GridCell((value != null) ? value.toString() : "", 1, colSpan, false, cellId);
		}

	}

}
