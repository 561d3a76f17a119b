package io.gongkai.analytics.figures.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An answer laid out for a spreadsheet: Chinese headers (with units) and rows of cells,
 * each a string, a number, a boolean, an instant or {@code null} (left blank: not
 * reported).
 *
 * @param fileName the file's name without extension, ASCII, e.g.
 * {@code comparison-requests.received-2023}
 * @param sheetTitle the sheet's title, e.g. {@code 各省比较}
 * @param headers the column headers
 * @param rows the rows, each as long as the headers
 */
public record ExportTable(String fileName, String sheetTitle, List<String> headers, List<List<Object>> rows) {

	public ExportTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** Starts a table with its headers. */
	public static Builder of(String fileName, String sheetTitle, String... headers) {
		return new Builder(fileName, sheetTitle, Arrays.asList(headers));
	}

	public static final class Builder {

		private final String fileName;

		private final String sheetTitle;

		private final List<String> headers;

		private final List<List<Object>> rows = new ArrayList<>();

		private Builder(String fileName, String sheetTitle, List<String> headers) {
			this.fileName = fileName;
			this.sheetTitle = sheetTitle;
			this.headers = headers;
		}

		public Builder row(Object... cells) {
			if (cells.length != this.headers.size()) {
				throw new IllegalArgumentException(
						"A row of " + cells.length + " cells under " + this.headers.size() + " headers");
			}
			this.rows.add(Arrays.asList(cells));
			return this;
		}

		public ExportTable build() {
			return new ExportTable(this.fileName, this.sheetTitle, this.headers, this.rows);
		}

	}

}
