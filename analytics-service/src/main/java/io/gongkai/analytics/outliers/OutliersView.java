package io.gongkai.analytics.outliers;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.export.ExportTable;
import io.gongkai.analytics.nation.Freshness;

import java.util.List;

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
record OutliersView(Figure figure, int year, Fences fences, List<Province> provinces, List<AgencyJump> agencyJumps,
		int agencyJumpCount, List<CarryOverBreak> carryOverBreaks, int carryOverBreakCount, Freshness freshness) {

	/** How many agency findings of each kind an answer lists. */
	public static final int LIMIT = 200;

	/**
	 * Every finding as one row, in one sheet: provinces outside the fences, provinces and
	 * agencies that jumped, carry-over breaks; each with the value, last year's value and
	 * the ratio, so that an analyst can sort and filter them in a spreadsheet.
	 */
	public ExportTable table() {
		String unit = "（" + this.figure.unit() + "）";
		ExportTable.Builder table = ExportTable.of(this.year + "年" + this.figure.name() + "异常",
				"outliers-" + this.figure.id() + "-" + this.year, "异常", "发现", "省份代码", "省份", "机关代码", "机关名称", "年度", "指标",
				this.figure.header(), "上年" + unit, "较上年倍数", "全国下限" + unit, "全国上限" + unit);
		for (Province found : this.provinces) {
			if (found.outside() != null) {
				table.row(found.outside().equals("below") ? "低于全国下限" : "高于全国上限", found.province(), found.name(), null,
						null, this.year, this.figure.name(), found.value(), found.previous(), found.ratio(),
						this.fences.low(), this.fences.high());
			}
			if (found.jump()) {
				table.row("省份异常跳变", found.province(), found.name(), null, null, this.year, this.figure.name(),
						found.value(), found.previous(), found.ratio(), null, null);
			}
		}
		for (AgencyJump jump : this.agencyJumps) {
			table.row("机关异常跳变", jump.province(), null, jump.agencyId(), jump.agencyName(), this.year,
					this.figure.name(), jump.value(), jump.previous(), jump.ratio(), null, null);
		}
		for (CarryOverBreak broken : this.carryOverBreaks) {
			table.row("结转断裂（R5）", broken.province(), null, broken.agencyId(), broken.agencyName(), this.year, "上年结转申请数",
					broken.carriedOverThisYear(), broken.carriedForwardLastYear(), null, null, null);
		}
		return table.build();
	}

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
