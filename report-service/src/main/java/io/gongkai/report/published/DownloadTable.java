package io.gongkai.report.published;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

	private static final int ROWS_IN_MEMORY = 200;

	byte[] csv() {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, this.headers);
		this.rows.forEach((row) -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx() {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(this.sheetTitle));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int column = 0; column < this.headers.size(); column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(this.headers.get(column));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(column,
						Math.min(255, Math.max(10, this.headers.get(column).length() * 2 + 2)) * 256);
			}
			sheet.createFreezePane(0, 1);
			int line = 1;
			for (List<Object> values : this.rows) {
				Row row = sheet.createRow(line++);
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					if (value instanceof Number number) {
						row.createCell(column).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(column).setCellValue(value.toString());
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// the temporary files are already gone
			}
		}
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
