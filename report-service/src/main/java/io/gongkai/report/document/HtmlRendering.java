package io.gongkai.report.document;

import java.time.LocalDate;
import java.util.List;

import io.gongkai.report.document.PrintedDocument.Block;
import io.gongkai.report.document.PrintedDocument.Grid;
import io.gongkai.report.document.PrintedDocument.GridCell;
import io.gongkai.report.document.PrintedDocument.Heading;
import io.gongkai.report.document.PrintedDocument.Paragraph;
import org.jsoup.nodes.Entities;

/**
 * The document as one self-contained HTML page: no script, no outside resource, styles
 * for screen and print (A4, tables kept whole where they fit, header rows repeated).
 * Every text is escaped. Figures carry their template id in {@code data-cell}, paragraphs
 * of the body their number in {@code data-paragraph} (from 0, in printed order), so that
 * a page can point at a cell or a sentence.
 */
final class HtmlRendering {

	private static final String STYLE = """
			body { font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", serif; font-size: 16pt;
			  line-height: 1.75; max-width: 56em; margin: 2em auto; padding: 0 1em; color: #000; }
			h1 { font-family: "SimSun", "宋体", "Songti SC", serif; font-size: 22pt; text-align: center;
			  font-weight: bold; margin: 1em 0; }
			h2 { font-family: "SimHei", "黑体", "Heiti SC", sans-serif; font-size: 16pt; font-weight: normal;
			  margin: 1em 0 .5em; }
			p { text-indent: 2em; margin: 0 0 .3em; }
			p.notice { text-indent: 0; border: 1px solid #a00; color: #a00; padding: .3em .6em; font-size: 12pt; }
			p.signature { text-align: right; text-indent: 0; margin-top: 2em; }
			table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 10.5pt;
			  line-height: 1.4; font-family: "SimSun", "宋体", serif; }
			th, td { border: 1px solid #000; padding: .2em .35em; vertical-align: middle; }
			th { font-weight: normal; text-align: center; }
			th.row { text-align: left; }
			td { text-align: center; min-width: 2.5em; }
			@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
			@media print {
			  body { margin: 0; max-width: none; padding: 0; }
			  p.notice { border-color: #000; color: #000; }
			  table { page-break-inside: auto; }
			  tr { page-break-inside: avoid; }
			  thead { display: table-header-group; }
			  h2 { page-break-after: avoid; }
			}
			""";

	private HtmlRendering() {
	}

	static String render(PrintedDocument document) {
		StringBuilder html = new StringBuilder(32_768);
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
			.append(escape(document.title()))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<h1>")
			.append(escape(document.title()))
			.append("</h1>\n");
		if (document.draftNotice() != null) {
			html.append("<p class=\"notice\">").append(escape(document.draftNotice())).append("</p>\n");
		}
		int paragraphs = 0;
		for (Block block : document.blocks()) {
			if (block instanceof Heading heading) {
				html.append("<h2>").append(escape(heading.text())).append("</h2>\n");
			}
			else if (block instanceof Paragraph paragraph) {
				html.append("<p data-paragraph=\"")
					.append(paragraphs++)
					.append("\">")
					.append(escape(paragraph.text()))
					.append("</p>\n");
			}
			else if (block instanceof Grid grid) {
				table(grid, html);
			}
		}
		html.append("<p class=\"signature\">").append(escape(document.agencyName()));
		if (document.publishedOn() != null) {
			html.append("<br>").append(escape(chineseDate(document.publishedOn())));
		}
		html.append("</p>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void table(Grid grid, StringBuilder html) {
		html.append("<table data-table=\"").append(escape(grid.name())).append("\">\n");
		List<List<GridCell>> rows = grid.rows();
		for (int r = 0; r < rows.size(); r++) {
			if (r == 0 && grid.headerRows() > 0) {
				html.append("<thead>\n");
			}
			if (r == grid.headerRows()) {
				html.append((r > 0) ? "</thead>\n<tbody>\n" : "<tbody>\n");
			}
			html.append("<tr>");
			for (GridCell cell : rows.get(r)) {
				String tag = cell.label() ? "th" : "td";
				html.append('<').append(tag);
				if (cell.label() && r >= grid.headerRows()) {
					html.append(" class=\"row\"");
				}
				if (cell.rowSpan() > 1) {
					html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
				}
				if (cell.colSpan() > 1) {
					html.append(" colspan=\"").append(cell.colSpan()).append('"');
				}
				if (cell.cellId() != null) {
					html.append(" data-cell=\"").append(escape(cell.cellId())).append('"');
				}
				html.append('>').append(escape(cell.text())).append("</").append(tag).append('>');
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	static String chineseDate(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static String escape(String text) {
		return Entities.escape(text);
	}

}
