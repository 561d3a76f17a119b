package io.gongkai.analytics.publicfigures;

import io.gongkai.analytics.comparison.ComparisonView;
import io.gongkai.analytics.nation.Quartiles;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure on one year by province, over published reports only: the values for the
 * map, the ranking, the median and quartiles of the provinces and of the reports.
 *
 * @param figure the figure
 * @param year the year
 * @param aggregation {@code sum}, {@code ratio of sums} or, per capita, {@code sum per
 * 10000 inhabitants}
 * @param national the nation
 * @param provinces every province the read model knows, ranked (highest first; those
 * without a value last, in code order)
 * @param caution why values of this figure do not compare across report formats, or
 * {@code null}
 * @param dataAsOf when the oldest province's data was last brought in, {@code null} when
 * one never was
 */
record PublicComparison(PublicFigure figure, int year, String aggregation, National national,
		List<ProvinceValue> provinces, String caution, Instant dataAsOf) {

	static PublicComparison of(ComparisonView view) {
		List<ProvinceValue> provinces = view.rows()
			.stream()
			.map((row) -> new ProvinceValue(row.key(), row.label(), row.value(), row.reports(), row.rank(),
					row.agencies(), row.population(), PublicLinks.reports(row.key(), view.year())))
			.sorted(Comparator.comparing(ProvinceValue::rank, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ProvinceValue::code))
			.toList();
		ComparisonView.National national = view.national();
		boolean perCapita = view.figure().isPerCapita();
		List<PublicContributors.LeftOut> withoutPopulation = perCapita ? view.rows()
			.stream()
			.filter((row) -> row.reports() > 0 && (row.population() == null || row.population().residents() == null))
			.sorted(Comparator.comparing(ComparisonView.Row::key))
			.map((row) -> new PublicContributors.LeftOut(row.key(), row.label(), row.reports()))
			.toList() : List.of();
		return new PublicComparison(PublicFigure.of(view.figure()), view.year(), view.aggregation(),
				new National(national.value(), national.reports(), national.rows(), national.agencies(),
						perCapita ? national.residents() : null, withoutPopulation),
				provinces, view.caution(), (view.freshness() != null) ? view.freshness().oldestSyncedAt() : null);
	}

	/**
	 * The nation.
	 *
	 * @param value the national total (sum, or ratio of sums)
	 * @param reports how many published reports (of agencies' own scope) state the figure
	 * @param provinces the median and quartiles of the provinces' values
	 * @param reportQuartiles the median and quartiles of the reports' own values (none
	 * per capita)
	 * @param population per capita, the resident population the value divides the
	 * provinces' sum by: of the provinces whose population is known and that have a value
	 * ({@code null} for any other figure, or when no province has both)
	 * @param withoutPopulation per capita, the provinces whose reports state the counted
	 * figure but whose population is not known, left out of the value (in code order);
	 * empty for any other figure
	 */
	record National(Double value, int reports, Quartiles provinces, Quartiles reportQuartiles, Long population,
			List<PublicContributors.LeftOut> withoutPopulation) {

	}

	/**
	 * One province.
	 *
	 * @param code six-digit code
	 * @param name its name
	 * @param value its value, {@code null} when no published report of the year states it
	 * @param reports how many of its published reports state it
	 * @param rank 1 for the highest value, ties share, {@code null} without a value
	 * @param reportQuartiles the median and quartiles of its reports' values
	 * @param population per capita, the resident population its value is over
	 * ({@code residents}, the {@code year} it refers to and its {@code source}; all
	 * {@code null} when not known); absent for any other figure
	 * @param publishedReports the public list of its published reports of the year
	 */
	record ProvinceValue(String code, String name, Double value, int reports, Integer rank, Quartiles reportQuartiles,
			@JsonInclude(JsonInclude.Include.NON_NULL) ComparisonView.Population population, String publishedReports) {

	}

}
