package io.gongkai.analytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An answer laid out for a spreadsheet: Chinese headers (with units) and rows of cells,
 * each a string, a number, a boolean, an instant or {@code null} (left blank: not
 * reported).
 *
 * @param fileName the file's name without extension, as a person reads it, e.g.
 * {@code 2023年各省收到政府信息公开申请数比较}
 * @param asciiFileName the same in ASCII, for clients that cannot read the other, e.g.
 * {@code comparison-requests.received-2023-province}
 * @param sheetTitle the sheet's title, e.g. {@code 各省比较}
 * @param headers the column headers
 * @param rows the rows, each as long as the headers
 */
public record ExportTable(String fileName, String asciiFileName, String sheetTitle, List<String> headers,
		List<List<Object>> rows) {

	public ExportTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** Starts a table with its headers. */
	public static Builder of(String fileName, String asciiFileName, String sheetTitle, String... headers) {
		return new Builder(fileName, asciiFileName, sheetTitle, Arrays.asList(headers));
	}

	/** Years as a file name says them: 2023年, or 2019年至2023年. */
	public static String years(int from, int to) {
		return (from == to) ? from + "年" : from + "年至" + to + "年";
	}

	public static final class Builder {

		private final String fileName;

		private final String asciiFileName;

		private final String sheetTitle;

		private final List<String> headers;

		private final List<List<Object>> rows = new ArrayList<>();

		private Builder(String fileName, String asciiFileName, String sheetTitle, List<String> headers) {
			this.fileName = fileName;
			this.asciiFileName = asciiFileName;
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
			return new ExportTable(this.fileName, this.asciiFileName, this.sheetTitle, this.headers, this.rows);
		}

	}

}
