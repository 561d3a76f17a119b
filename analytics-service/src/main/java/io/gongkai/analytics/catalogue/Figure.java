package io.gongkai.analytics.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One figure analysts compare, with where it is read from in each report format.
 *
 * @param id stable id, e.g. {@code requests.received} or {@code rate.disclosure}
 * @param name the Chinese name, as headers of exports show it
 * @param nameEn the English name
 * @param unit 件, 条, 元, 人, 人次, 次, % for rates, 件/万人 per capita
 * @param kind a counted figure, a rate or a figure per capita
 * @param legacyMetric the metric id of a legacy report's catalogue it is read from, or
 * {@code null} when legacy reports do not state it
 * @param templateCells the template cells summed to give it (a report stating none of
 * them does not report the figure), empty when template reports do not state it
 * @param numerator for a rate, the counted figures summed above the line (per capita: the
 * counted figure related to the population)
 * @param denominator for a rate, the counted figures summed below the line
 * @param formula the computation in words, e.g. {@code Σ t3.results.denied.*.total}
 * @param comparability whether legacy and template values can be put side by side
 * @param note what to keep in mind when comparing, in Chinese, or {@code null}
 * @param noteEn the same in English
 */
public record Figure(String id, String name, String nameEn, String unit, FigureKind kind, String legacyMetric,
		List<String> templateCells, List<String> numerator, List<String> denominator, String formula,
		Comparability comparability, String note, String noteEn) {

	public Figure {
		templateCells = List.copyOf(templateCells);
		numerator = List.copyOf(numerator);
		denominator = List.copyOf(denominator);
	}

	@JsonIgnore
	public boolean isRate() {
		return this.kind == FigureKind.rate;
	}

	/** Whether the figure relates a province's sum to its resident population. */
	@JsonIgnore
	public boolean isPerCapita() {
		return this.kind == FigureKind.per_capita;
	}

	/** Whether the figure is not counted in reports but computed from counted figures. */
	@JsonIgnore
	public boolean isComputed() {
		return this.kind != FigureKind.count;
	}

	/**
	 * The Chinese header of a column holding this figure, e.g. {@code 收到政府信息公开申请数（件）}.
	 */
	public String header() {
		return this.name + "（" + this.unit + "）";
	}

}
