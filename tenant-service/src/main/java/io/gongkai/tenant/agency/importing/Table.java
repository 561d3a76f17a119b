package io.gongkai.tenant.agency.importing;

import java.util.List;

/**
 * The rows of an uploaded file, whatever its format: a header and the rows below it.
 *
 * @param format {@code csv} or {@code xlsx}
 * @param header the column names of the first non-empty row
 * @param rows the non-empty rows below it
 */
record Table(String format, List<String> header, List<Row> rows) {

	/**
	 * One row of the file.
	 *
	 * @param number its number as a spreadsheet shows it (the header is usually 1)
	 * @param cells its values, in column order
	 * @param malformation what makes it unreadable, or {@code null}
	 */
	record Row(int number, List<String> cells, String malformation) {

	}

}
