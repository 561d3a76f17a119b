package io.gongkai.report.published;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.gongkai.platform.download.Spreadsheets;

/**
 * A table the public downloads: Chinese headers with units, rows of strings, numbers and
 * blanks ({@code null}: not stated, never zero). Written as CSV (RFC 4180, UTF-8 with a
 * byte order mark so that Excel reads the Chinese) or as an Excel workbook of one sheet.
 *
 * @param sheetTitle the sheet's title
 * @param headers the column headers
 * @param rows the rows, each as long as the headers
 */
record DownloadTable(String sheetTitle, List<String> headers, List<List<Object>> rows) {

	byte[] csv() {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, this.headers);
		this.rows.forEach((row) -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx() {
		return Spreadsheets.xlsx(this.sheetTitle, this.headers, this.rows, Object::toString);
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object cell = cells.get(i);
			String text = (cell == null) ? "" : cell.toString();
			boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
					|| text.indexOf('\r') >= 0;
			out.append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
		}
		out.append("\r\n");
	}

}
