package io.gongkai.analytics.myagency;

import io.gongkai.analytics.catalogue.Comparability;
import io.gongkai.analytics.catalogue.FigureKind;
import io.gongkai.analytics.nation.Freshness;

import java.util.List;

/**
 * An agency's own figures on one year against the medians of its province and of the
 * nation, taken over reports of the same scope as its own ({@code own} or
 * {@code aggregate}), so that a government's aggregate report is not measured against
 * departments.
 *
 * @param agencyId the agency
 * @param agencyName its name
 * @param province its province
 * @param year the year
 * @param scope the scope compared
 * @param status its report's current state, {@code null} without a report
 * @param onTime whether it was submitted by the deadline, {@code null} if unknown
 * @param format its report's format
 * @param figures every figure of the catalogue
 * @param freshness how fresh the data is (the agency's province only)
 */
record MyAgencyView(String agencyId, String agencyName, String province, int year, String scope, String status,
		Boolean onTime, String format, List<Line> figures, Freshness freshness) {

	/**
	 * One figure.
	 *
	 * @param id figure id
	 * @param name Chinese name
	 * @param unit unit
	 * @param kind count or rate
	 * @param comparability whether legacy and template values compare
	 * @param value the agency's own value, {@code null} when its report does not state it
	 * @param provinceMedian the median over the province's reports of the same scope
	 * @param provinceReports how many of them state the figure
	 * @param nationalMedian the median over the nation's reports of the same scope
	 * @param nationalReports how many of them state the figure
	 */
	public record Line(String id, String name, String unit, FigureKind kind, Comparability comparability, Double value,
			Double provinceMedian, int provinceReports, Double nationalMedian, int nationalReports) {

	}

}
