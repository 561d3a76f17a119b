package io.gongkai.analytics.publicfigures;

import java.util.List;
import java.util.Map;

/**
 * The agencies whose published reports make up a national or a province's figure of a
 * year, one page of them, each leading to its report opened at the figure.
 *
 * @param figure the figure
 * @param year the year
 * @param province the province's code, or {@code null} for the nation
 * @param name the province's name, or 全国
 * @param aggregation {@code sum}, {@code ratio of sums} or, per capita, {@code sum per
 * 10000 inhabitants}
 * @param value the figure as the comparison gives it (the nation's value, or the
 * province's): the sum of the agencies' values, or the ratio of their sums
 * @param numerator the agencies' values summed (a rate's: the figures above its line)
 * @param denominator a rate's figures below its line, summed; {@code null} for a counted
 * figure
 * @param parts for a rate or a figure per capita, the counted figures it is computed
 * from; empty for a counted figure
 * @param total how many agencies make it up (every page)
 * @param aggregates aggregate reports of the same scope stating the figure, which are
 * never added to it and are not listed
 * @param population per capita, the resident population the value divides the numerator
 * by (per 10,000 inhabitants): of the province, or for the nation of the provinces whose
 * population is known and whose agencies are listed; {@code null} for any other figure or
 * when no province listed has one
 * @param withoutPopulation per capita, the provinces whose agencies state the figure but
 * whose population is not known: they are not in the value, and their agencies are not
 * listed; empty for any other figure
 * @param page this page, from 0
 * @param size agencies per page
 * @param order the order of the list, in words
 * @param agencies this page's agencies
 */
record PublicContributors(PublicFigure figure, int year, String province, String name, String aggregation, Double value,
		Double numerator, Double denominator, List<Part> parts, int total, int aggregates, Long population,
		List<LeftOut> withoutPopulation, int page, int size, String order, List<Agency> agencies) {

	/** The order every page follows. */
	static final String ORDER = "value descending; equal values by province code, then agency name in pinyin order";

	/**
	 * A counted figure a rate or a figure per capita is computed from.
	 *
	 * @param id its id
	 * @param name the Chinese name
	 * @param nameEn the English name
	 * @param unit its unit
	 * @param side {@code numerator} (above the line) or {@code denominator} (below it)
	 */
	record Part(String id, String name, String nameEn, String unit, String side) {

	}

	/**
	 * A province left out of a figure per capita, its population not being known.
	 *
	 * @param code its code
	 * @param name its name
	 * @param reports how many of its agencies' own-scope published reports state the
	 * counted figure
	 */
	record LeftOut(String code, String name, int reports) {

	}

	/**
	 * One agency's published report of the year.
	 *
	 * @param reportId the report
	 * @param agencyId the agency in the registry
	 * @param agencyName its name
	 * @param province its province's code
	 * @param provinceName the province's name
	 * @param level {@code province}, {@code prefecture}, {@code county} or
	 * {@code township}, as the registry says (else as the agency id's region code tells
	 * it); {@code null} when not known
	 * @param kind {@code government} or {@code department}, {@code null} when not known
	 * @param value its value: the counted figure, or the rate in percent ({@code null}
	 * when its denominator is 0); per capita, {@code null} (an agency has no population:
	 * see {@code numerator})
	 * @param qualifier {@code at_least} or {@code approx} when the report stated a figure
	 * behind the value so, {@code null} when exact
	 * @param numerator the counted figure, or the rate's figures above its line summed
	 * @param denominator the rate's figures below its line summed, {@code null} for a
	 * counted figure
	 * @param parts the report's value of each counted figure of {@code parts}, by id
	 * @param link its report's page, opened at the figure
	 */
	record Agency(String reportId, String agencyId, String agencyName, String province, String provinceName,
			String level, String kind, Double value, String qualifier, Double numerator, Double denominator,
			Map<String, Double> parts, String link) {

	}

}
