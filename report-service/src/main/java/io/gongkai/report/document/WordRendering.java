package io.gongkai.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import io.gongkai.report.document.PrintedDocument.Block;
import io.gongkai.report.document.PrintedDocument.Grid;
import io.gongkai.report.document.PrintedDocument.GridCell;
import io.gongkai.report.document.PrintedDocument.Heading;
import io.gongkai.report.document.PrintedDocument.Paragraph;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The document as a Word file (.docx, Office Open XML): A4, title in 宋体, body in
 * 仿宋_GB2312 三号, tables as real Word tables whose merged header and row-title cells are
 * Word merges (horizontal: {@code gridSpan}; vertical: {@code vMerge}), header rows
 * repeated on each page. A blank figure is an empty cell.
 */
final class WordRendering {

	private static final String TITLE_FONT = "宋体";

	private static final String BODY_FONT = "仿宋_GB2312";

	private static final String HEADING_FONT = "黑体";

	/** A4 width less the margins of 2.8 cm and 2.6 cm, in twentieths of a point. */
	private static final int TEXT_WIDTH = 8845;

	private WordRendering() {
	}

	static byte[] render(PrintedDocument document) {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(word);
			XWPFParagraph title = word.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			title.setSpacingAfter(240);
			run(title, document.title(), TITLE_FONT, 22, true);
			if (document.draftNotice() != null) {
				run(word.createParagraph(), document.draftNotice(), BODY_FONT, 12, true);
			}
			for (Block block : document.blocks()) {
				if (block instanceof Heading heading) {
					XWPFParagraph paragraph = word.createParagraph();
					paragraph.setSpacingBefore(120);
					run(paragraph, heading.text(), HEADING_FONT, 16, false);
				}
				else if (block instanceof Paragraph text) {
					XWPFParagraph paragraph = word.createParagraph();
					paragraph.setIndentationFirstLine(640);
					run(paragraph, text.text(), BODY_FONT, 16, false);
				}
				else if (block instanceof Grid grid) {
					table(word, grid);
					word.createParagraph();
				}
			}
			XWPFParagraph signature = word.createParagraph();
			signature.setAlignment(ParagraphAlignment.RIGHT);
			signature.setSpacingBefore(480);
			run(signature, document.agencyName(), BODY_FONT, 16, false);
			if (document.publishedOn() != null) {
				XWPFParagraph date = word.createParagraph();
				date.setAlignment(ParagraphAlignment.RIGHT);
				run(date, HtmlRendering.chineseDate(document.publishedOn()), BODY_FONT, 16, false);
			}
			word.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the Word document", ex);
		}
	}

	private static void page(XWPFDocument word) {
		CTSectPr section = word.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1587));
		margins.setRight(BigInteger.valueOf(1474));
	}

	/**
	 * Writes the grid as a Word table. Word wants every row to cover every grid column: a
	 * cell merged down from the row above is written again, as a continuation
	 * ({@code vMerge} without {@code restart}) with the same {@code gridSpan}.
	 */
	private static void table(XWPFDocument word, Grid grid) {
		int columns = grid.columns();
		List<List<GridCell>> rows = grid.rows();
		GridCell[][] origin = new GridCell[rows.size()][columns];
		boolean[][] continued = new boolean[rows.size()][columns];
		XWPFTable table = word.createTable();
		table.setWidth("100%");
		CTTblGrid tableGrid = table.getCTTbl().getTblGrid();
		if (tableGrid == null) {
			tableGrid = table.getCTTbl().addNewTblGrid();
		}
		while (tableGrid.sizeOfGridColArray() > 0) {
			tableGrid.removeGridCol(0);
		}
		for (int c = 0; c < columns; c++) {
			tableGrid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH / columns));
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.insertNewTableRow(r + 1);
			row.setCantSplitRow(true);
			if (r < grid.headerRows()) {
				row.setRepeatHeader(true);
			}
			int next = 0;
			int c = 0;
			while (c < columns) {
				if (continued[r][c]) {
					GridCell above = origin[r][c];
					XWPFTableCell cell = row.createCell();
					CTTcPr properties = properties(cell);
					span(properties, above.colSpan());
					properties.addNewVMerge().setVal(STMerge.CONTINUE);
					c += above.colSpan();
					continue;
				}
				if (next >= rows.get(r).size()) {
					throw new IllegalStateException("Table " + grid.name() + " row " + r + " does not fill its grid");
				}
				GridCell value = rows.get(r).get(next++);
				XWPFTableCell cell = row.createCell();
				CTTcPr properties = properties(cell);
				span(properties, value.colSpan());
				if (value.rowSpan() > 1) {
					properties.addNewVMerge().setVal(STMerge.RESTART);
					for (int below = r + 1; below < r + value.rowSpan(); below++) {
						origin[below][c] = value;
						continued[below][c] = true;
					}
				}
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				paragraph.setAlignment((value.label() && r >= grid.headerRows() && value.colSpan() < columns)
						? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
				if (!value.text().isEmpty()) {
					run(paragraph, value.text(), TITLE_FONT, 10.5, false);
				}
				c += value.colSpan();
			}
		}
		table.removeRow(0);
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	private static void span(CTTcPr properties, int columns) {
		if (columns > 1) {
			properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
		}
	}

	private static void run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
	}

}
