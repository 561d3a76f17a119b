package io.gongkai.analytics.comparison;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.export.ExportTable;
import io.gongkai.analytics.nation.Freshness;
import io.gongkai.analytics.nation.Grouping;
import io.gongkai.analytics.nation.ProvincePopulation;
import io.gongkai.analytics.nation.Qualified;
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.Sources;
import io.gongkai.analytics.nation.Tally;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param aggregation {@code sum} for counted figures, {@code ratio of sums} for rates,
 * {@code sum per 10,000 inhabitants} for figures per capita
 * @param rows the rows the caller may see, in key order
 * @param national the nation's value and distributions
 * @param caution set when legacy and template values of a figure that is not comparable
 * are mixed
 * @param freshness how fresh the data is
 */
public record ComparisonView(Figure figure, int year, Grouping by, String province, String aggregation, List<Row> rows,
		National national, String caution, Freshness freshness) {

	/** Header of the count of reports with a figure stated as "at least". */
	public static final String QUALIFIED_AT_LEAST = "其中含“以上/余”数字的报告数";

	/** Header of the count of reports with a figure stated as "about". */
	public static final String QUALIFIED_APPROX = "其中含“约”数字的报告数";

	/**
	 * One row.
	 *
	 * @param key province code, level or kind
	 * @param label its Chinese name
	 * @param value the row's value, {@code null} when no report states the figure (or,
	 * per capita, when the province's population is not known)
	 * @param reports how many own reports state the figure
	 * @param legacyReports of those, legacy reports
	 * @param templateReports of those, template reports
	 * @param source {@code legacy}, {@code template} or {@code mixed}
	 * @param qualified of those reports, how many stated a figure of the value as "at
	 * least" or "about"
	 * @param agencies quartiles of the reports' own values in the row (none per capita)
	 * @param rank 1 for the highest value among all rows (ties share a rank),
	 * {@code null} without a value
	 * @param aggregates the row's aggregate reports, apart
	 * @param population per capita, the province's population the value is over
	 * ({@code null}: not known); absent for other figures
	 * @param lastSyncedAt for a province row, when its data was last brought in
	 */
	public record Row(String key, String label, Double value, int reports, int legacyReports, int templateReports,
			String source, Qualified qualified, Quartiles agencies, Integer rank, Apart aggregates,
			@JsonInclude(JsonInclude.Include.NON_ABSENT) Population population, Instant lastSyncedAt) {

		Row withLastSyncedAt(Instant at) {
			return new Row(this.key, this.label, this.value, this.reports, this.legacyReports, this.templateReports,
					this.source, this.qualified, this.agencies, this.rank, this.aggregates, this.population, at);
		}

	}

	/**
	 * The nation.
	 *
	 * @param value the national total (sum, or ratio of sums; per capita, the sum over
	 * the provinces whose population is known over their population)
	 * @param reports how many own reports state the figure (per capita: of those
	 * provinces)
	 * @param source {@code legacy}, {@code template} or {@code mixed}
	 * @param qualified of those reports, how many stated a figure of the value as "at
	 * least" or "about"
	 * @param agencies quartiles of every own report's value in the nation (none per
	 * capita)
	 * @param rows quartiles of the rows' values (e.g. of the provinces)
	 * @param rankedRows how many rows have a value (and so a rank)
	 * @param aggregates the nation's aggregate reports, apart
	 * @param residents per capita, the population the national value is over (the
	 * provinces with a known population and a value); absent for other figures
	 */
	public record National(Double value, int reports, String source, Qualified qualified, Quartiles agencies,
			Quartiles rows, int rankedRows, Apart aggregates,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long residents) {

	}

	/**
	 * Reports of scope {@code aggregate}, shown beside and never added.
	 *
	 * @param value their sum (or ratio of sums, or per capita)
	 * @param reports how many state the figure
	 * @param qualified of those, how many stated a figure of the value as "at least" or
	 * "about"
	 */
	public record Apart(Double value, int reports, Qualified qualified) {

		public static Apart of(Tally tally) {
			return new Apart(tally.value(), tally.reports(), tally.qualified());
		}

	}

	/**
	 * A row's population, for figures per capita.
	 *
	 * @param residents the province's resident population, {@code null} when not known
	 * @param year the year the figure refers to
	 * @param source where it comes from
	 */
	public record Population(Long residents, Integer year, String source) {

		static final Population UNKNOWN = new Population(null, null, null);

		static Population of(ProvincePopulation population) {
			return (population != null) ? new Population(population.residents(), population.year(), population.source())
					: UNKNOWN;
		}

	}

	/** The comparison as a table: a row per row, then the national lines. */
	public ExportTable table() {
		String header = this.figure.header();
		boolean perCapita = this.figure.isPerCapita();
		List<String> headers = new ArrayList<>(List.of(keyHeader(), "名称", "年度", "指标", header, "报告数", "其中旧版报告", "其中模板报告",
				"来源", "第一四分位数（" + this.figure.unit() + "）", "中位数（" + this.figure.unit() + "）",
				"第三四分位数（" + this.figure.unit() + "）", "排名", "汇总报告" + header, "汇总报告数", "数据更新时间", QUALIFIED_AT_LEAST,
				QUALIFIED_APPROX));
		if (perCapita) {
			headers.addAll(List.of("常住人口（人）", "人口数据年份", "人口数据来源"));
		}
		ExportTable.Builder table = ExportTable.of(this.year + "年" + groupName() + this.figure.name() + "比较",
				"comparison-" + this.figure.id() + "-" + this.year + "-" + this.by, "比较 " + this.year,
				headers.toArray(new String[0]));
		for (Row row : this.rows) {
			List<Object> cells = new ArrayList<>(List.of(row.key(), row.label(), this.year, this.figure.name()));
			cells.addAll(nullable(row.value(), row.reports(), row.legacyReports(), row.templateReports(),
					Sources.label(row.source()), row.agencies().q1(), row.agencies().median(), row.agencies().q3(),
					row.rank(), row.aggregates().value(), row.aggregates().reports(), row.lastSyncedAt(),
					row.qualified().atLeast(), row.qualified().approx()));
			if (perCapita) {
				Population population = (row.population() != null) ? row.population() : Population.UNKNOWN;
				cells.addAll(nullable(population.residents(), population.year(), population.source()));
			}
			table.row(cells.toArray());
		}
		List<Object> national = new ArrayList<>(List.of("全国", "全国合计", this.year, this.figure.name()));
		national.addAll(nullable(this.national.value(), this.national.reports(), null, null,
				Sources.label(this.national.source()), this.national.agencies().q1(), this.national.agencies().median(),
				this.national.agencies().q3(), null, this.national.aggregates().value(),
				this.national.aggregates().reports(), this.freshness.oldestSyncedAt(),
				this.national.qualified().atLeast(), this.national.qualified().approx()));
		if (perCapita) {
			national.addAll(nullable(this.national.residents(), null, "有人口数据的省份之和"));
		}
		table.row(national.toArray());
		return table.build();
	}

	private static List<Object> nullable(Object... cells) {
		List<Object> list = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			list.add(cell);
		}
		return list;
	}

	private String groupName() {
		return switch (this.by) {
			case province -> "各省";
			case level -> "各层级";
			case kind -> "各类机关";
		};
	}

	private String keyHeader() {
		return switch (this.by) {
			case province -> "省份代码";
			case level -> "层级";
			case kind -> "机关类别";
		};
	}

}
