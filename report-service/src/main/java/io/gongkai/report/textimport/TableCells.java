package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells that follow a row label in a flattened table. Three flattenings occur:
 * cells joined by bars on the label's line ({@code 予以公开 | 5 | 0 | …}), numbers separated
 * by spaces on the label's line (PDF text), and one cell per line with empty lines for
 * blank cells (copied web tables). A blank cell (empty, "-", "/", "无") is {@code null}:
 * not reported, never zero. Rows that fit none of these (digits run together, blank cells
 * dropped, a web copy that put an empty line after every cell) are read by
 * {@link RowReadings} under the row's rule.
 */
final class TableCells {

	/** A number as a table cell writes it. */
	static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	private static final Pattern BLANK = Pattern.compile("|-|—|－|/|／|无|空");

	private TableCells() {
	}

	/**
	 * The cells of a row whose label ends at {@code from} and whose region ends at
	 * {@code to}, fitted to {@code expected} columns, or {@code null} when they cannot be
	 * aligned.
	 */
	static List<BigDecimal> read(String text, int from, int to, int expected, RowReadings.Rule rule) {
		String region = text.substring(from, to);
		List<String> spacedLines = doubleSpacedCells(region);
		if (spacedLines != null) {
			return (spacedLines.size() == expected) ? fit(spacedLines, expected, false)
					: RowReadings.read(spacedLines, expected, rule, false);
		}
		String[] lines = region.split("\n", -1);
		List<String> raw = new ArrayList<>();
		boolean spaced = false;
		if (lines[0].indexOf('|') >= 0) {
			String[] parts = lines[0].split("\\|", -1);
			for (int i = 1; i < parts.length; i++) {
				raw.add(parts[i].trim());
			}
			if (!raw.isEmpty() && raw.get(raw.size() - 1).isEmpty()) {
				raw.remove(raw.size() - 1);
			}
		}
		else if (hasNumber(lines[0])) {
			spaced = true;
			for (String token : lines[0].trim().split("\\s+")) {
				if (NUMBER.matcher(token).matches()) {
					raw.add(token);
				}
			}
		}
		else {
			int last = region.endsWith("\n") ? lines.length - 1 : lines.length;
			for (int i = 1; i < last; i++) {
				if (hasHan(lines[i]) && !BLANK.matcher(lines[i].trim()).matches()) {
					if (raw.isEmpty()) {
						continue;
					}
					break;
				}
				raw.add(lines[i].trim());
			}
		}
		raw.removeIf(TableCells::hasHanText);
		List<BigDecimal> fitted = fit(raw, expected, spaced);
		if (fitted != null || lines[0].indexOf('|') >= 0) {
			return fitted;
		}
		return RowReadings.read(numbersAfterLabel(region), expected, rule, true);
	}

	/**
	 * The numbers written after a row's label on running text, up to the next words: the
	 * rest of the label is skipped, and the ordinal of the next row ("…00000002.其他法律…")
	 * is not a cell.
	 */
	static List<String> numbersAfterLabel(String region) {
		int start = 0;
		while (start < region.length() && !Character.isDigit(region.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < region.length()) {
			char c = region.charAt(end);
			if (CommonHanzi.isHan(c) && c != '无' && c != '空') {
				break;
			}
			end++;
		}
		String cells = ORDINAL_AT_END.matcher(region.substring(start, end)).replaceFirst("");
		cells = THOUSANDS.matcher(cells).replaceAll("");
		List<String> tokens = new ArrayList<>();
		for (String token : cells.trim().split("[\\s|]+")) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		return tokens;
	}

	/** A cell that carries its unit: 31批次, 709455.9元, 12件. */
	private static final Pattern NUMBER_WITH_UNIT = Pattern
		.compile("(-?[\\d,]+(?:\\.\\d+)?)\\s*(?:批次|万元|元|件|条|个|项|次|人次|人)");

	private static final Pattern ORDINAL_AT_END = Pattern.compile("\\d\\s*[.．、]\\s*$");

	private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");

	/**
	 * The cells of a web copy that put an empty line after every cell (so that blank
	 * cells left no trace): the lines after the label's, when no two of them follow each
	 * other without an empty line; else null.
	 */
	private static List<String> doubleSpacedCells(String region) {
		int firstBreak = region.indexOf('\n');
		if (firstBreak < 0 || !region.contains("\n\n")) {
			return null;
		}
		String[] lines = region.substring(firstBreak + 1).split("\n", -1);
		List<String> cells = new ArrayList<>();
		boolean previousFilled = false;
		for (String line : lines) {
			String cell = line.trim();
			if (cell.isEmpty()) {
				previousFilled = false;
				continue;
			}
			if (previousFilled) {
				return null;
			}
			Matcher withUnit = NUMBER_WITH_UNIT.matcher(cell);
			if (withUnit.matches()) {
				cell = withUnit.group(1);
			}
			else if (hasHanText(cell)) {
				break;
			}
			previousFilled = true;
			cells.add(THOUSANDS.matcher(cell).replaceAll(""));
		}
		return cells.isEmpty() ? null : cells;
	}

	/**
	 * The first {@code expected} cells of a run of data lines starting at {@code from}:
	 * bar rows, space-separated numbers or one cell per line, up to the next line of
	 * text.
	 */
	static List<BigDecimal> readRun(String text, int from, int expected) {
		List<String> raw = new ArrayList<>();
		boolean barred = false;
		int lineStart = from;
		while (lineStart < text.length() && raw.size() < expected) {
			int lineEnd = text.indexOf('\n', lineStart);
			lineEnd = (lineEnd < 0) ? text.length() : lineEnd;
			String line = text.substring(lineStart, lineEnd).trim();
			lineStart = lineEnd + 1;
			if (line.indexOf('|') >= 0) {
				barred = true;
				String inner = line.replaceAll("^\\|", "").replaceAll("\\|$", "");
				for (String part : inner.split("\\|", -1)) {
					if (!hasHanText(part.trim())) {
						raw.add(part.trim());
					}
				}
			}
			else if (hasHanText(line)) {
				break;
			}
			else if (line.isEmpty()) {
				if (!barred && !raw.isEmpty()) {
					raw.add("");
				}
			}
			else {
				for (String token : line.split("\\s+")) {
					raw.add(token);
				}
			}
		}
		if (raw.size() < expected) {
			return null;
		}
		return fit(raw.subList(0, expected), expected, false);
	}

	private static List<BigDecimal> fit(List<String> raw, int expected, boolean spaced) {
		if (raw.size() < expected) {
			return null;
		}
		List<String> cells;
		if (raw.size() == expected) {
			cells = raw;
		}
		else if (raw.subList(expected, raw.size()).stream().allMatch((c) -> BLANK.matcher(c).matches()) && !spaced) {
			cells = raw.subList(0, expected);
		}
		else {
			cells = raw.subList(raw.size() - expected, raw.size());
		}
		List<BigDecimal> values = new ArrayList<>(expected);
		for (String cell : cells) {
			values.add(NUMBER.matcher(cell.replace(",", "")).matches() ? new BigDecimal(cell.replace(",", "")) : null);
		}
		return values;
	}

	private static boolean hasNumber(String line) {
		for (String token : line.trim().split("\\s+")) {
			if (NUMBER.matcher(token).matches()) {
				return true;
			}
		}
		return false;
	}

	static boolean hasHan(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (CommonHanzi.isHan(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasHanText(String cell) {
		return hasHan(cell) && !BLANK.matcher(cell).matches();
	}

}
