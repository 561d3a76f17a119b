package io.gongkai.report.published;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;

/**
 * A condition on one figure of the builder's rows, as a reader writes it:
 * {@code requests.received>100}, {@code rate.disclosure<=50}. A row that does not state
 * the figure never passes.
 *
 * @param figure the figure's id
 * @param comparison one of {@code >}, {@code <}, {@code =}, {@code >=}, {@code <=}
 * @param value the value compared with
 */
record TableFilter(String figure, String comparison, BigDecimal value) {

	private static final Pattern WRITTEN = Pattern
		.compile("\\s*([a-z][a-z0-9_.]*)\\s*(>=|<=|>|<|=|＞|＜|＝)\\s*(\\d{1,15}(?:\\.\\d{1,6})?)\\s*");

	/** Reads a filter, or a 400 problem quoting it. */
	static TableFilter parse(String text) {
		Matcher matcher = WRITTEN.matcher((text != null) ? text : "");
		if (!matcher.matches()) {
			throw invalid(text);
		}
		String comparison = matcher.group(2).replace('＞', '>').replace('＜', '<').replace('＝', '=');
		return new TableFilter(matcher.group(1), comparison, new BigDecimal(matcher.group(3)));
	}

	static ProblemException invalid(String text) {
		return new ProblemException(ReportProblem.INVALID_FILTER, String.valueOf(text)).with("field", "filter");
	}

	boolean passes(Number stated) {
		if (stated == null) {
			return false;
		}
		int order = new BigDecimal(stated.toString()).compareTo(this.value);
		return switch (this.comparison) {
			case ">" -> order > 0;
			case "<" -> order < 0;
			case ">=" -> order >= 0;
			case "<=" -> order <= 0;
			default -> order == 0;
		};
	}

	/** As the query string writes it. */
	String written() {
		return this.figure + this.comparison + this.value.toPlainString();
	}

}
