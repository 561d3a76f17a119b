package io.gongkai.analytics.drilldown;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.comparison.ComparisonView;
import io.gongkai.analytics.export.ExportTable;
import io.gongkai.analytics.nation.Codes;
import io.gongkai.analytics.nation.Freshness;
import io.gongkai.analytics.nation.Qualified;
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.Tally;

import java.util.List;

/**
 * One figure of one province on one year, agency by agency, against the province's and
 * the nation's values.
 *
 * @param figure the figure
 * @param year the year
 * @param province the province code
 * @param provinceName its name
 * @param total the province's own reports together
 * @param nation the nation's own reports together
 * @param agencies every report of the province on the year (own and aggregate), highest
 * value first, reports not stating the figure last
 * @param missing agencies expected to report on the year that have not submitted a report
 * @param freshness how fresh the data is
 */
record DrilldownView(Figure figure, int year, String province, String provinceName, Summary total, Summary nation,
		List<Agency> agencies, List<Missing> missing, Freshness freshness) {

	/**
	 * Reports together.
	 *
	 * @param value sum or ratio of sums over own reports
	 * @param reports how many own reports state the figure
	 * @param source {@code legacy}, {@code template} or {@code mixed}
	 * @param qualified of those reports, how many stated a figure of the value as "at
	 * least" or "about"
	 * @param agencies quartiles of the own reports' values
	 * @param aggregates aggregate reports, apart
	 */
	public record Summary(Double value, int reports, String source, Qualified qualified, Quartiles agencies,
			ComparisonView.Apart aggregates) {

		static Summary of(Tally own, Tally apart) {
			return new Summary(own.value(), own.reports(), own.source(), own.qualified(), own.quartiles(),
					ComparisonView.Apart.of(apart));
		}

	}

	/**
	 * One report of the province.
	 *
	 * @param agencyId the agency
	 * @param agencyName its name
	 * @param level 省级/地级/县级/乡级 as {@code province}, {@code prefecture}, ...
	 * @param kind {@code government} or {@code department}
	 * @param scope {@code own} or {@code aggregate} (never added into the total)
	 * @param status the report's current state
	 * @param onTime whether it was submitted on time, {@code null} if unknown
	 * @param format {@code legacy}, {@code template2019} or {@code template2021}
	 * @param value the figure, {@code null} when the report does not state it or has no
	 * accepted version yet
	 * @param qualifier {@code at_least} or {@code approx} when the report stated a figure
	 * of the value so ({@code at_least,approx} for both), {@code null} when exact
	 * @param rank among the province's own reports stating the figure, 1 for the highest
	 */
	public record Agency(String agencyId, String agencyName, String level, String kind, String scope, String status,
			Boolean onTime, String format, Double value, String qualifier, Integer rank) {

	}

	/**
	 * An agency expected to report that has not submitted.
	 *
	 * @param agencyId the agency
	 * @param agencyName its name
	 */
	public record Missing(String agencyId, String agencyName) {

	}

	/** The Chinese words for how a figure was stated; blank when exact. */
	static String qualifierLabel(String qualifier) {
		if (qualifier == null) {
			return null;
		}
		return switch (qualifier) {
			case "at_least" -> "以上/余（下限）";
			case "approx" -> "约数";
			default -> "以上/余（下限）、约数";
		};
	}

	public ExportTable table() {
		ExportTable.Builder table = ExportTable.of(this.provinceName + this.year + "年各机关" + this.figure.name(),
				"agencies-" + this.province + "-" + this.figure.id() + "-" + this.year,
				this.provinceName + " " + this.year, "机关代码", "机关名称", "层级", "机关类别", "报告范围", "报告状态", "按时报送", "报告格式", "年度",
				this.figure.header(), "省内排名", "数字性质");
		for (Agency agency : this.agencies) {
			table.row(agency.agencyId(), agency.agencyName(), Codes.levelLabel(agency.level()),
					Codes.kindLabel(agency.kind()), Codes.scopeLabel(agency.scope()),
					Codes.statusLabel(agency.status()), agency.onTime(), Codes.formatLabel(agency.format()), this.year,
					agency.value(), agency.rank(), qualifierLabel(agency.qualifier()));
		}
		return table.build();
	}

}
