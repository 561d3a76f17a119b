package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of the template tables T2, T3 and T4 from flattened text. Row labels
 * are looked for in template order inside the table, so each is found once and in its
 * place; the cells after each label are read by {@link TableCells}. Cells are keyed
 * {@code t3.<row>.<column>}, {@code t4.<column>} and {@code t2.<row>.<column>} with the
 * ids of {@code template.json}; a blank cell is absent.
 */
final class TemplateTableReader {

	private static final Pattern T3_START = Pattern.compile("本年新收");

	private static final Pattern T3_END = Pattern.compile("结转下年度");

	private static final Pattern T4_START = Pattern.compile("行政复议");

	private static final Pattern T2_START = Pattern.compile("第二十条第");

	private static final int T3_MAX_LENGTH = 8000;

	private final TemplateLayout layout = new TemplateLayout();

	/**
	 * The cells read, and for each row (or table) the span of text it was read from.
	 *
	 * @param cells cell values keyed by cell id
	 * @param spans for each row id ({@code t3.<row>}, {@code t4}), its start and end
	 * offsets
	 * @param t3Rows how many T3 rows were read
	 * @param unreadable the cells of rows that hold numbers no reading could align with
	 * the row's columns under its rule: reported, never guessed
	 */
	record Tables(Map<String, BigDecimal> cells, Map<String, int[]> spans, int t3Rows, List<String> unreadable) {
	}

	TemplateLayout layout() {
		return this.layout;
	}

	Tables read(String text, ReportFormat format) {
		Map<String, BigDecimal> cells = new LinkedHashMap<>();
		Map<String, int[]> spans = new LinkedHashMap<>();
		List<String> unreadable = new ArrayList<>();
		Matcher t3Start = T3_START.matcher(text);
		int t3End = -1;
		int t3Rows = 0;
		int t3From = -1;
		while (t3Start.find()) {
			Matcher end = T3_END.matcher(text)
				.region(t3Start.start(), Math.min(text.length(), t3Start.start() + T3_MAX_LENGTH));
			if (end.find()) {
				t3From = t3Start.start();
				t3End = end.end();
				break;
			}
		}
		if (t3From < 0) {
			t3From = cutShortTable(text);
			t3End = (t3From >= 0) ? text.length() : -1;
		}
		if (t3From >= 0) {
			readT2(text, format, t3From, cells, spans);
			t3Rows = readT3(text, t3From, t3End, cells, spans, unreadable);
		}
		readT4(text, Math.max(t3End, 0), cells, spans);
		return new Tables(cells, spans, t3Rows, List.copyOf(unreadable));
	}

	/**
	 * Where T3 begins in a text cut off before its last row (a page that stored only the
	 * opening of the report): the last 本年新收 that is followed by the table's own rows, or
	 * -1.
	 */
	private static int cutShortTable(String text) {
		int at = text.lastIndexOf("本年新收");
		if (at < 0 || text.length() - at > T3_MAX_LENGTH || text.indexOf("上年结转", at) < 0) {
			return -1;
		}
		return at;
	}

	private int readT3(String text, int from, int to, Map<String, BigDecimal> cells, Map<String, int[]> spans,
			List<String> unreadable) {
		List<int[]> found = new ArrayList<>();
		List<TemplateLayout.Row> rows = new ArrayList<>();
		int cursor = from;
		for (TemplateLayout.Row row : this.layout.t3Rows()) {
			Matcher m = row.label().matcher(text).region(cursor, Math.min(text.length(), to + 10));
			if (m.find()) {
				found.add(new int[] { m.start(), m.end() });
				rows.add(row);
				cursor = m.end();
			}
		}
		int read = 0;
		List<String> columns = this.layout.t3Columns();
		for (int i = 0; i < rows.size(); i++) {
			TemplateLayout.Row row = rows.get(i);
			if (!row.hasCells() && !row.optionalCells()) {
				continue;
			}
			int regionEnd = (i + 1 < found.size()) ? lineStartBefore(text, found.get(i + 1)[0], found.get(i)[1])
					: Math.min(text.length(), found.get(i)[1] + 400);
			List<BigDecimal> values = TableCells.read(text, found.get(i)[1], regionEnd, columns.size(),
					RowReadings.PARTS_MAKE_TOTAL);
			if (values == null) {
				if (!row.optionalCells() && i + 1 < found.size()
						&& !TableCells.numbersAfterLabel(text.substring(found.get(i)[1], regionEnd)).isEmpty()) {
					columns.forEach((column) -> unreadable.add("t3." + row.id() + "." + column));
				}
				continue;
			}
			read++;
			for (int c = 0; c < columns.size(); c++) {
				if (values.get(c) != null) {
					cells.put("t3." + row.id() + "." + columns.get(c), values.get(c));
				}
			}
			spans.put("t3." + row.id(), new int[] { found.get(i)[0], lineEnd(text, found.get(i)[1], regionEnd) });
		}
		return read;
	}

	private void readT4(String text, int from, Map<String, BigDecimal> cells, Map<String, int[]> spans) {
		Matcher start = T4_START.matcher(text).region(from, text.length());
		while (start.find()) {
			int windowEnd = Math.min(text.length(), start.start() + 400);
			String window = text.substring(start.start(), windowEnd);
			if (!window.contains("结果维持") || !window.contains("尚未审结")) {
				continue;
			}
			int data = firstDigitAfterHeader(text, start.start(), windowEnd);
			if (data < 0) {
				return;
			}
			int lineStart = text.lastIndexOf('\n', data) + 1;
			List<String> columns = this.layout.t4Columns();
			List<BigDecimal> values = TableCells.readRun(text, lineStart, columns.size());
			if (values == null) {
				values = RowReadings.read(TableCells.numbersAfterLabel(text.substring(data, windowEnd(text, data))),
						columns.size(), RowReadings.GROUPS_MAKE_TOTALS, true);
			}
			if (values != null) {
				for (int c = 0; c < columns.size(); c++) {
					if (values.get(c) != null) {
						cells.put("t4." + columns.get(c), values.get(c));
					}
				}
				spans.put("t4", new int[] { start.start(), lineEnd(text, data, text.length()) });
			}
			return;
		}
	}

	private static int windowEnd(String text, int from) {
		return Math.min(text.length(), from + 200);
	}

	/** Where the data of T4 begins: the first digit after the last column header. */
	private static int firstDigitAfterHeader(String text, int from, int to) {
		int lastHeader = Math.max(text.lastIndexOf("总计", to), text.lastIndexOf("尚未审结", to));
		if (lastHeader < from) {
			return -1;
		}
		for (int i = lastHeader; i < Math.min(text.length(), lastHeader + 300); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private void readT2(String text, ReportFormat format, int t3From, Map<String, BigDecimal> cells,
			Map<String, int[]> spans) {
		Matcher start = T2_START.matcher(text);
		int t2From = -1;
		while (start.find() && start.start() < t3From) {
			if (t3From - start.start() < 4000) {
				t2From = start.start();
				break;
			}
		}
		if (t2From < 0) {
			return;
		}
		List<TemplateLayout.T2Row> rows = this.layout.t2Rows(format);
		int cursor = t2From;
		for (int i = 0; i < rows.size(); i++) {
			TemplateLayout.T2Row row = rows.get(i);
			Matcher m = row.label().matcher(text).region(cursor, t3From);
			if (!m.find()) {
				continue;
			}
			int regionEnd = t3From;
			for (int j = i + 1; j < rows.size(); j++) {
				Matcher next = rows.get(j).label().matcher(text).region(m.end(), t3From);
				if (next.find()) {
					regionEnd = next.start();
					break;
				}
			}
			List<BigDecimal> values = TableCells.read(text, m.end(), cutAtHeaderLine(text, m.end(), regionEnd),
					row.columns().size(), RowReadings.NONE);
			cursor = m.end();
			if (values == null) {
				continue;
			}
			for (int c = 0; c < row.columns().size(); c++) {
				if (values.get(c) != null) {
					cells.put("t2." + row.id() + "." + row.columns().get(c), values.get(c));
				}
			}
			spans.put("t2." + row.id(), new int[] { m.start(), lineEnd(text, m.end(), regionEnd) });
		}
	}

	/** The region of a T2 row ends where a block header ("第二十条第…", "信息内容") begins. */
	private static int cutAtHeaderLine(String text, int from, int to) {
		int header = text.indexOf("第二十条", from);
		int content = text.indexOf("信息内容", from);
		int end = to;
		if (header >= 0 && header < end) {
			end = header;
		}
		if (content >= 0 && content < end) {
			end = content;
		}
		return end;
	}

	/**
	 * Where the line holding the next label starts, so that what precedes the label on
	 * its line ("2.", "| |") is not taken for a cell of the row before; the next label
	 * itself when it shares the line with the current one.
	 */
	private static int lineStartBefore(String text, int nextLabel, int currentLabelEnd) {
		int lineStart = text.lastIndexOf('\n', nextLabel - 1) + 1;
		return (lineStart > currentLabelEnd) ? lineStart : nextLabel;
	}

	private static int lineEnd(String text, int from, int limit) {
		int end = text.indexOf('\n', from);
		return (end < 0 || end > limit) ? limit : end;
	}

}
