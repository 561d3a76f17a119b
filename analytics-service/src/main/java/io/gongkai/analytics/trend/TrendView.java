package io.gongkai.analytics.trend;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.comparison.ComparisonView;
import io.gongkai.analytics.export.ExportTable;
import io.gongkai.analytics.nation.Freshness;
import io.gongkai.analytics.nation.Qualified;
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.Sources;

import java.util.List;

/**
 * One figure year by year, for a province or the nation, with the change from each year
 * to the next.
 *
 * @param figure the figure
 * @param province the province, or {@code null} for the nation
 * @param label the province's name, or 全国
 * @param from the first year
 * @param to the last year
 * @param aggregation {@code sum} or {@code ratio of sums}
 * @param years one point per year, in order
 * @param freshness how fresh the data is
 */
public record TrendView(Figure figure, String province, String label, int from, int to, String aggregation,
		List<Point> years, Freshness freshness) {

	/**
	 * One year.
	 *
	 * @param year the year
	 * @param value the value of own reports, {@code null} when none states it
	 * @param reports how many own reports state it
	 * @param source {@code legacy}, {@code template} or {@code mixed}
	 * @param qualified of those reports, how many stated a figure of the value as "at
	 * least" or "about"
	 * @param change the value minus the previous year's, when both are known
	 * @param ratio the value over the previous year's, when both are known and the
	 * previous is not zero
	 * @param jump whether the ratio is beyond ×5 or below ×0.2
	 * @param agencies quartiles of the reports' own values
	 * @param aggregates aggregate reports, apart
	 */
	public record Point(int year, Double value, int reports, String source, Qualified qualified, Double change,
			Double ratio, boolean jump, Quartiles agencies, ComparisonView.Apart aggregates) {

	}

	public ExportTable table() {
		String header = this.figure.header();
		ExportTable.Builder table = ExportTable.of(
				this.label + ExportTable.years(this.from, this.to) + this.figure.name() + "趋势",
				"trend-" + this.figure.id() + "-" + ((this.province != null) ? this.province : "national") + "-"
						+ this.from + "-" + this.to,
				"趋势", "地区", "年度", "指标", header, "报告数", "来源", "较上年变化（" + this.figure.unit() + "）", "较上年倍数", "异常跳变",
				"中位数（" + this.figure.unit() + "）", "汇总报告" + header, "汇总报告数", ComparisonView.QUALIFIED_AT_LEAST,
				ComparisonView.QUALIFIED_APPROX);
		for (Point point : this.years) {
			table.row(this.label, point.year(), this.figure.name(), point.value(), point.reports(),
					Sources.label(point.source()), point.change(), point.ratio(), point.jump(),
					point.agencies().median(), point.aggregates().value(), point.aggregates().reports(),
					point.qualified().atLeast(), point.qualified().approx());
		}
		return table.build();
	}

}
