package io.gongkai.analytics.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180) in UTF-8 with a byte order mark, so that Excel opens
 * the Chinese headers and names correctly.
 */
final class CsvExport {

	private static final String BOM = "\uFEFF";

	private CsvExport() {
	}

	public static byte[] write(ExportTable table) {
		StringBuilder out = new StringBuilder(BOM);
		line(out, table.headers());
		for (List<Object> row : table.rows()) {
			line(out, row);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(Cells.text(cells.get(i))));
		}
		out.append("\r\n");
	}

	private static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
