package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a table row whose cells did not arrive one by one: digits run together by the
 * page ({@code 6000017} for 6|0|0|0|0|1|7, {@code 200 000121} for 20|0|0|0|0|1|21), or
 * blank cells dropped ({@code 1 1} for a row holding only 自然人 and 总计). Every way of
 * cutting the digits into the row's cells is tried, and only those the row's own rule
 * allows (R3: the parts make the total; R4: each group makes its total) are kept. A cell
 * is read only when every allowed reading gives it the same value: where readings
 * disagree the cell stays unread, never guessed.
 */
final class RowReadings {

	/** What a complete reading of a row must satisfy. */
	interface Rule {

		boolean holds(List<BigDecimal> cells);

		/**
		 * Whether the row's last cell is the total of the others (blank cells count 0).
		 */
		default boolean lastIsTotal() {
			return false;
		}

	}

	/** No rule: only a reading with no choice is taken. */
	static final Rule NONE = (cells) -> true;

	/** R3: the last cell is the sum of the others. */
	static final Rule PARTS_MAKE_TOTAL = new Rule() {

		@Override
		public boolean holds(List<BigDecimal> cells) {
			return sum(cells.subList(0, cells.size() - 1)).compareTo(orZero(cells.get(cells.size() - 1))) == 0;
		}

		@Override
		public boolean lastIsTotal() {
			return true;
		}

	};

	/** R4: in each group of five (维持, 纠正, 其他, 尚未审结, 总计) the first four make the fifth. */
	static final Rule GROUPS_MAKE_TOTALS = (cells) -> {
		for (int g = 0; g + 5 <= cells.size(); g += 5) {
			if (!PARTS_MAKE_TOTAL.holds(cells.subList(g, g + 5))) {
				return false;
			}
		}
		return true;
	};

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/** Beyond this many ways of cutting tried, a row is too ambiguous to read at all. */
	private static final int MAX_CUTS = 50_000;

	/**
	 * Digits no row of a report holds: beyond them, the numbers are not one row's cells.
	 */
	private static final int MAX_DIGITS_PER_CELL = 9;

	private RowReadings() {
	}

	/**
	 * The cells of a row from the numbers written after its label.
	 * @param tokens the numbers as written, in order (each may hold several cells run
	 * together when {@code mayRunTogether})
	 * @param columns the row's number of cells
	 * @param rule what a reading must satisfy
	 * @param mayRunTogether whether a token may hold several cells
	 * @return the cells ({@code null} where unread), or {@code null} when no cell can be
	 * read with certainty
	 */
	static List<BigDecimal> read(List<String> tokens, int columns, Rule rule, boolean mayRunTogether) {
		if (tokens.isEmpty() || tokens.stream().anyMatch((t) -> !TableCells.NUMBER.matcher(t).matches())) {
			return null;
		}
		if (tokens.size() == columns) {
			return tokens.stream().map(BigDecimal::new).toList();
		}
		int digits = tokens.stream().mapToInt(String::length).sum();
		if (mayRunTogether && tokens.size() < columns && rule != NONE && digits <= columns * MAX_DIGITS_PER_CELL) {
			Set<List<BigDecimal>> readings = new LinkedHashSet<>();
			int[] budget = { MAX_CUTS };
			if (cut(tokens, 0, columns, new ArrayList<>(), rule, readings, budget) && !readings.isEmpty()) {
				return agreed(new ArrayList<>(readings), columns);
			}
		}
		if (rule.lastIsTotal() && tokens.size() < columns
				&& (!mayRunTogether || tokens.size() > 1 || digits < columns)) {
			return totalOfDroppedBlanks(tokens, columns);
		}
		return null;
	}

	/**
	 * A row whose blank cells were dropped: the total is sure when the numbers before it
	 * make it (or when it stands alone, with fewer digits than the row has cells, so that
	 * it cannot be several cells run together); which columns the parts were in is not.
	 */
	private static List<BigDecimal> totalOfDroppedBlanks(List<String> tokens, int columns) {
		List<BigDecimal> values = tokens.stream().map(BigDecimal::new).toList();
		BigDecimal total = values.get(values.size() - 1);
		if (values.size() > 1 && sum(values.subList(0, values.size() - 1)).compareTo(total) != 0) {
			return null;
		}
		List<BigDecimal> cells = new ArrayList<>();
		for (int c = 0; c < columns - 1; c++) {
			cells.add(null);
		}
		cells.add(total);
		return cells;
	}

	/**
	 * Every cut of the remaining tokens into the remaining cells; false when too many.
	 */
	private static boolean cut(List<String> tokens, int index, int columns, List<BigDecimal> sofar, Rule rule,
			Set<List<BigDecimal>> readings, int[] budget) {
		if (--budget[0] < 0) {
			return false;
		}
		if (index == tokens.size()) {
			if (sofar.size() == columns && rule.holds(sofar)) {
				readings.add(List.copyOf(sofar));
			}
			return true;
		}
		String token = tokens.get(index);
		int cellsLeft = columns - sofar.size();
		int tokensLeft = tokens.size() - index - 1;
		if (!DIGITS.matcher(token).matches()) {
			sofar.add(new BigDecimal(token));
			boolean ok = cellsLeft - 1 < tokensLeft || cut(tokens, index + 1, columns, sofar, rule, readings, budget);
			sofar.remove(sofar.size() - 1);
			return ok;
		}
		return cutToken(token, 0, tokens, index, columns, sofar, rule, readings, budget);
	}

	private static boolean cutToken(String token, int from, List<String> tokens, int index, int columns,
			List<BigDecimal> sofar, Rule rule, Set<List<BigDecimal>> readings, int[] budget) {
		int tokensLeft = tokens.size() - index - 1;
		for (int to = from + 1; to <= token.length(); to++) {
			String part = token.substring(from, to);
			if (part.length() > 1 && part.charAt(0) == '0') {
				break;
			}
			if (sofar.size() + 1 + tokensLeft > columns) {
				break;
			}
			if (--budget[0] < 0) {
				return false;
			}
			sofar.add(new BigDecimal(part));
			boolean ok = (to == token.length()) ? cut(tokens, index + 1, columns, sofar, rule, readings, budget)
					: cutToken(token, to, tokens, index, columns, sofar, rule, readings, budget);
			sofar.remove(sofar.size() - 1);
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	/** The cells every reading agrees on; null when they agree on none. */
	private static List<BigDecimal> agreed(List<List<BigDecimal>> readings, int columns) {
		List<BigDecimal> cells = new ArrayList<>(readings.get(0));
		boolean any = false;
		for (int c = 0; c < columns; c++) {
			BigDecimal value = cells.get(c);
			for (List<BigDecimal> reading : readings) {
				if (value != null && reading.get(c).compareTo(value) != 0) {
					value = null;
				}
			}
			cells.set(c, value);
			any |= value != null;
		}
		return any ? cells : null;
	}

	private static BigDecimal sum(List<BigDecimal> cells) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal cell : cells) {
			sum = sum.add(orZero(cell));
		}
		return sum;
	}

	private static BigDecimal orZero(BigDecimal cell) {
		return (cell != null) ? cell : BigDecimal.ZERO;
	}

}
