package io.gongkai.analytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an Excel workbook of one sheet: bold Chinese headers, numbers as
 * numbers, blanks left empty. Rows are streamed to a temporary file as they are written,
 * so a long table does not stay in memory.
 */
final class XlsxExport {

	private static final int ROWS_IN_MEMORY = 200;

	private XlsxExport() {
	}

	public static byte[] write(ExportTable table) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetTitle()));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			List<String> headers = table.headers();
			for (int column = 0; column < headers.size(); column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(headers.get(column));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(column, Math.min(255, Math.max(10, headers.get(column).length() * 2 + 2)) * 256);
			}
			sheet.createFreezePane(0, 1);
			int line = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(line++);
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(column);
					if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(Cells.text(value));
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

}
