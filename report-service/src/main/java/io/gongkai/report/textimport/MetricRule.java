package io.gongkai.report.textimport;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one catalogue metric is recognised around a counted quantity.
 * <ul>
 * <li>the <b>label</b> is the text of the clause between the previous quantity (or the
 * clause start) and this one: it must name the metric ({@code label}) and must not name
 * something else ({@code labelExcludes});</li>
 * <li>the <b>clause</b> (between commas) may have to hold a word
 * ({@code clauseRequires});</li>
 * <li>the <b>topic</b>, when given, must appear in the sentence or the section heading: a
 * complaint count is only about disclosure work if the sentence or section says so;</li>
 * <li>a quantity after {@code 其中} is a breakdown, acceptable only for metrics that are
 * themselves parts ({@code partOfBreakdown}).</li>
 * </ul>
 * Between several candidates the higher tier wins (a label with a totalling word such as
 * 共/总计/合计 scores 2, the rule's preferred wording 1), then, for {@link Choice#LARGEST},
 * the larger value: the agency's total for the year is never smaller than a sub-count.
 *
 * @param metric the catalogue id
 * @param units the units of count the metric is stated in
 * @param label what the label must hold
 * @param labelExcludes what the label must not hold
 * @param clauseRequires what the clause must hold, or {@code null}
 * @param topic what the sentence or section heading must hold, or {@code null}
 * @param preferred wording that raises a candidate's tier, or {@code null}
 * @param partOfBreakdown whether the metric may be read from a breakdown after 其中
 * @param choice how to choose between candidates of the same tier
 */
record MetricRule(String metric, Set<String> units, Pattern label, Pattern labelExcludes, Pattern clauseRequires,
		Pattern topic, Pattern preferred, boolean partOfBreakdown, Choice choice) {

	/** How to choose between candidates of the same tier. */
	enum Choice {

		/** The largest value: for totals. */
		LARGEST,
		/** The first in the text: for parts. */
		FIRST

	}

}
