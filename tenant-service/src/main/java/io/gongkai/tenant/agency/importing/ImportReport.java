package io.gongkai.tenant.agency.importing;

import java.util.List;

/**
 * What an import did, or would do on a dry run, row by row.
 *
 * @param format {@code csv} or {@code xlsx}
 * @param dryRun whether nothing was meant to be written
 * @param keepValidRows whether valid rows are written despite invalid ones
 * @param committed whether the rows were written
 * @param rows how many agency rows the file has
 * @param created rows that create an agency
 * @param updated rows that change an agency
 * @param unchanged rows equal to the registry
 * @param errors rows that cannot be imported
 * @param results one result per row, in file order
 */
record ImportReport(String format, boolean dryRun, boolean keepValidRows, boolean committed, int rows, int created,
		int updated, int unchanged, int errors, List<RowResult> results) {

	static final String CREATED = "created";

	static final String UPDATED = "updated";

	static final String UNCHANGED = "unchanged";

	static final String ERROR = "error";

	/**
	 * The outcome of one row.
	 *
	 * @param row the row number, as a spreadsheet shows it
	 * @param status {@code created}, {@code updated}, {@code unchanged} or {@code error}
	 * @param id the agency's id (made up for a new agency without one)
	 * @param name the agency's name
	 * @param changes the fields an update changes
	 * @param errors why the row cannot be imported, with the column to fix
	 */
	record RowResult(int row, String status, String id, String name, List<String> changes, List<RowError> errors) {

	}

	/**
	 * One reason a row cannot be imported.
	 *
	 * @param column the column to fix, as headed in the file; {@code null} for the whole
	 * row
	 * @param message what is wrong
	 */
	record RowError(String column, String message) {

	}

}
