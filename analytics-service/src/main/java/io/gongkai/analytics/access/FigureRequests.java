package io.gongkai.analytics.access;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.export.ExportFormat;
import io.gongkai.analytics.nation.Grouping;
import io.gongkai.analytics.nation.ProvinceNames;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;

import io.gongkai.analytics.problem.AnalyticsProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;

import org.springframework.stereotype.Component;

/**
 * Checks what a caller asks for, answering a 400 problem that says what to fix.
 */
@Component
public class FigureRequests {

	/** The first year reports exist for (the 2007 条例 took effect in 2008). */
	static final int FIRST_YEAR = 2008;

	/** How many years a range may span at most. */
	static final int MAX_SPAN = 30;

	private final Clock clock;

	public FigureRequests() {
		this(Clock.systemUTC());
	}

	public FigureRequests(Clock clock) {
		this.clock = clock;
	}

	public int year(int year) {
		int last = lastYear();
		if (year < FIRST_YEAR || year > last) {
			throw new ProblemException(AnalyticsProblem.YEAR_OUT_OF_RANGE, FIRST_YEAR, last, year);
		}
		return year;
	}

	/**
	 * A range of years, from and to included; to defaults to last year, from to ten years
	 * before.
	 */
	public int[] years(Integer from, Integer to) {
		int last = (to != null) ? year(to) : Math.max(FIRST_YEAR, lastYear() - 1);
		int first = (from != null) ? year(from) : Math.max(FIRST_YEAR, last - 9);
		if (first > last) {
			throw new ProblemException(AnalyticsProblem.YEARS_IN_WRONG_ORDER, first, last);
		}
		if (last - first >= MAX_SPAN) {
			throw new ProblemException(AnalyticsProblem.TOO_MANY_YEARS, MAX_SPAN);
		}
		return new int[] { first, last };
	}

	/** A province code: six digits of one of the 32 tenants. */
	public String province(String code) {
		if (code == null || !code.matches("\\d{6}")) {
			throw new ProblemException(AnalyticsProblem.INVALID_PROVINCE, code);
		}
		if (!ProvinceNames.isTenant(code)) {
			throw new ProblemException(AnalyticsProblem.UNKNOWN_PROVINCE, code);
		}
		return code;
	}

	public Grouping grouping(String by) {
		try {
			return Grouping.valueOf(by.strip().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemException(AnalyticsProblem.INVALID_GROUPING, by);
		}
	}

	/**
	 * The figure, unless it is a figure per capita asked for otherwise than by province:
	 * only a province has a population.
	 * @param askedFor what was asked, e.g. {@code by=level} or {@code agencies of a
	 * province}
	 */
	public Figure byProvinceOnly(Figure figure, boolean byProvince, String askedFor) {
		if (figure.isPerCapita() && !byProvince) {
			throw new ProblemException(AnalyticsProblem.FIGURE_BY_PROVINCE_ONLY, figure.id(),
					ProblemMessages.label(askedFor), figure.numerator().get(0));
		}
		return figure;
	}

	public ExportFormat format(String format) {
		return ExportFormat.of(format);
	}

	private int lastYear() {
		return Year.now(this.clock).getValue();
	}

}
