package io.gongkai.analytics.publicfigures;

import io.gongkai.analytics.trend.TrendView;

import java.util.List;

/**
 * One figure year by year, for a province or the nation, over published reports only.
 *
 * @param figure the figure
 * @param province the province's code, or {@code null} for the nation
 * @param name the province's name, or 全国
 * @param from the first year
 * @param to the last year
 * @param aggregation {@code sum} or {@code ratio of sums}
 * @param years one point per year, in order
 */
record PublicTrend(PublicFigure figure, String province, String name, int from, int to, String aggregation,
		List<Point> years) {

	static PublicTrend of(TrendView view) {
		return new PublicTrend(PublicFigure.of(view.figure()), view.province(), view.label(), view.from(), view.to(),
				view.aggregation(),
				view.years()
					.stream()
					.map((point) -> new Point(point.year(), point.value(), point.reports(), point.change()))
					.toList());
	}

	/**
	 * One year.
	 *
	 * @param year the year
	 * @param value the value, {@code null} when no published report states it
	 * @param reports how many published reports state it
	 * @param change the value minus the previous year's, when both are known
	 */
	record Point(int year, Double value, int reports, Double change) {

	}

}
