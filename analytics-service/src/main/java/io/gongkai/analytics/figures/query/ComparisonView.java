package io.gongkai.analytics.figures.query;

import java.time.Instant;
import java.util.List;

import io.gongkai.analytics.figures.Figure;
import io.gongkai.analytics.figures.export.ExportTable;

/**
 * One figure on one year, row by row (provinces, levels or kinds of body), with the
 * national figure beside. Rows and national values count agencies' own reports only;
 * reports of scope {@code aggregate} (a government's report that includes its
 * departments) are shown apart in {@code aggregates}, never added.
 *
 * @param figure the figure compared
 * @param year the year the reports cover
 * @param by what the rows are
 * @param province the province the rows are limited to, or {@code null} for the nation
 * @param aggregation {@code sum} for counted figures, {@code ratio of sums} for rates
 * @param rows the rows the caller may see, in key order
 * @param national the nation's value and distributions
 * @param caution set when legacy and template values of a figure that is not comparable
 * are mixed
 * @param freshness how fresh the data is
 */
public record ComparisonView(Figure figure, int year, Grouping by, String province, String aggregation, List<Row> rows,
		National national, String caution, Freshness freshness) {

	/**
	 * One row.
	 *
	 * @param key province code, level or kind
	 * @param label its Chinese name
	 * @param value the row's value, {@code null} when no report states the figure
	 * @param reports how many own reports state the figure
	 * @param legacyReports of those, legacy reports
	 * @param templateReports of those, template reports
	 * @param source {@code legacy}, {@code template} or {@code mixed}
	 * @param agencies quartiles of the reports' own values in the row
	 * @param rank 1 for the highest value among all rows (ties share a rank),
	 * {@code null} without a value
	 * @param aggregates the row's aggregate reports, apart
	 * @param lastSyncedAt for a province row, when its data was last brought in
	 */
	public record Row(String key, String label, Double value, int reports, int legacyReports, int templateReports,
			String source, Quartiles agencies, Integer rank, Apart aggregates, Instant lastSyncedAt) {

	}

	/**
	 * The nation.
	 *
	 * @param value the national total (sum, or ratio of sums)
	 * @param reports how many own reports state the figure
	 * @param source {@code legacy}, {@code template} or {@code mixed}
	 * @param agencies quartiles of every own report's value in the nation
	 * @param rows quartiles of the rows' values (e.g. of the provinces)
	 * @param rankedRows how many rows have a value (and so a rank)
	 * @param aggregates the nation's aggregate reports, apart
	 */
	public record National(Double value, int reports, String source, Quartiles agencies, Quartiles rows, int rankedRows,
			Apart aggregates) {

	}

	/**
	 * Reports of scope {@code aggregate}, shown beside and never added.
	 *
	 * @param value their sum (or ratio of sums)
	 * @param reports how many state the figure
	 */
	public record Apart(Double value, int reports) {

		static Apart of(Tally tally) {
			return new Apart(tally.value(), tally.reports());
		}

	}

	/** The comparison as a table: a row per row, then the national lines. */
	public ExportTable table() {
		String header = this.figure.header();
		ExportTable.Builder table = ExportTable.of("comparison-" + this.figure.id() + "-" + this.year + "-" + this.by,
				"比较 " + this.year, keyHeader(), "名称", "年度", "指标", header, "报告数", "其中旧版报告", "其中模板报告", "来源",
				"第一四分位数（" + this.figure.unit() + "）", "中位数（" + this.figure.unit() + "）",
				"第三四分位数（" + this.figure.unit() + "）", "排名", "汇总报告" + header, "汇总报告数", "数据更新时间");
		for (Row row : this.rows) {
			table.row(row.key(), row.label(), this.year, this.figure.name(), row.value(), row.reports(),
					row.legacyReports(), row.templateReports(), Sources.label(row.source()), row.agencies().q1(),
					row.agencies().median(), row.agencies().q3(), row.rank(), row.aggregates().value(),
					row.aggregates().reports(), row.lastSyncedAt());
		}
		table.row("全国", "全国合计", this.year, this.figure.name(), this.national.value(), this.national.reports(), null,
				null, Sources.label(this.national.source()), this.national.agencies().q1(),
				this.national.agencies().median(), this.national.agencies().q3(), null,
				this.national.aggregates().value(), this.national.aggregates().reports(),
				this.freshness.oldestSyncedAt());
		return table.build();
	}

	private String keyHeader() {
		return switch (this.by) {
			case province -> "省份代码";
			case level -> "层级";
			case kind -> "机关类别";
		};
	}

}
