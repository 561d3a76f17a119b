package io.gongkai.analytics.figures.query;

import java.util.List;

import io.gongkai.analytics.figures.Figure;

/**
 * What looks wrong on one year: provinces whose value lies outside the national fences,
 * jumps from the previous year beyond ×5 or below ×0.2 (provinces and agencies), and
 * carry-over breaks (R5: last year's 结转下年度 total differs from this year's 上年结转 total for
 * the same agency).
 *
 * @param figure the figure whose values and jumps are examined
 * @param year the year
 * @param fences the national fences over the provinces' values
 * @param provinces every visible province with its findings
 * @param agencyJumps the most extreme agency jumps of the visible provinces (at most
 * {@link #LIMIT})
 * @param agencyJumpCount how many agency jumps the visible provinces have
 * @param carryOverBreaks carry-over breaks of the visible provinces (at most
 * {@link #LIMIT}), the largest differences first
 * @param carryOverBreakCount how many breaks the visible provinces have
 * @param freshness how fresh the data is
 */
public record OutliersView(Figure figure, int year, Fences fences, List<Province> provinces,
		List<AgencyJump> agencyJumps, int agencyJumpCount, List<CarryOverBreak> carryOverBreaks,
		int carryOverBreakCount, Freshness freshness) {

	/** How many agency findings of each kind an answer lists. */
	public static final int LIMIT = 200;

	/**
	 * Tukey's fences over the provinces' values: a value below {@code low} or above
	 * {@code high} is an outlier.
	 *
	 * @param q1 first quartile of the provinces' values
	 * @param q3 third quartile
	 * @param low q1 − 1.5 × (q3 − q1)
	 * @param high q3 + 1.5 × (q3 − q1)
	 * @param provinces how many provinces have a value
	 */
	public record Fences(Double q1, Double q3, Double low, Double high, int provinces) {

	}

	/**
	 * One province.
	 *
	 * @param province code
	 * @param name name
	 * @param value its value this year (own reports)
	 * @param reports how many reports state it
	 * @param outside {@code below} or {@code above} the fences, or {@code null}
	 * @param previous last year's value
	 * @param ratio value over last year's
	 * @param jump whether the ratio is beyond ×5 or below ×0.2
	 * @param agencyJumps how many of its agencies jumped
	 * @param carryOverBreaks how many of its agencies broke the carry-over rule
	 */
	public record Province(String province, String name, Double value, int reports, String outside, Double previous,
			Double ratio, boolean jump, int agencyJumps, int carryOverBreaks) {

	}

	/**
	 * An agency whose figure jumped.
	 *
	 * @param province its province
	 * @param agencyId the agency
	 * @param agencyName its name
	 * @param scope {@code own} or {@code aggregate}
	 * @param previous last year's value
	 * @param value this year's
	 * @param ratio this year's over last year's
	 */
	public record AgencyJump(String province, String agencyId, String agencyName, String scope, Double previous,
			Double value, Double ratio) {

	}

	/**
	 * An agency whose requests carried forward last year are not those carried over this
	 * year.
	 *
	 * @param province its province
	 * @param agencyId the agency
	 * @param agencyName its name
	 * @param carriedForwardLastYear T3 结转下年度 total of last year
	 * @param carriedOverThisYear T3 上年结转 total of this year
	 */
	public record CarryOverBreak(String province, String agencyId, String agencyName, double carriedForwardLastYear,
			double carriedOverThisYear) {

	}

}
