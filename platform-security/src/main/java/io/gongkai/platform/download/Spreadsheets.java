package io.gongkai.platform.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table people download as an Excel workbook of one sheet: bold headers (Chinese, with
 * their units) on a frozen first row, numbers as numbers, blanks ({@code null}: not
 * stated, never zero) left empty. Rows are streamed to a temporary file as they are
 * written, so a long table does not stay in memory. Every service's workbooks are written
 * here (a service that uses it brings Apache POI).
 */
public final class Spreadsheets {

	private static final int ROWS_IN_MEMORY = 200;

	private Spreadsheets() {
	}

	/**
	 * The workbook's bytes.
	 * @param sheetTitle the sheet's title (made safe for Excel)
	 * @param headers the column headers
	 * @param rows the rows, each at most as long as the headers
	 * @param text how a cell that is neither a number nor blank is written
	 * @return the {@code .xlsx} file
	 */
	public static byte[] xlsx(String sheetTitle, List<String> headers, List<? extends List<?>> rows,
			Function<Object, String> text) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetTitle));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int column = 0; column < headers.size(); column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(headers.get(column));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(column, Math.min(255, Math.max(10, headers.get(column).length() * 2 + 2)) * 256);
			}
			sheet.createFreezePane(0, 1);
			int line = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(line++);
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					if (value instanceof Number number) {
						row.createCell(column).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(column).setCellValue(text.apply(value));
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
