package io.gongkai.report.glossary;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure or rate of the glossary, in the reader's language.
 *
 * @param id the figure's id, as the builder, the bulk CSV and the exchange format name it
 * @param kind {@code figure} (counted in reports), {@code rate} (computed from figures)
 * or {@code per-capita} (a province's figures per 10,000 of its resident population,
 * compared by province only)
 * @param name its name
 * @param unit the unit it is counted in ({@code 件}, {@code 条}, {@code %}, {@code 件/万人})
 * @param counts what it counts, in one sentence
 * @param sources where each template version states it
 * @param comparability {@code comparable}, {@code not_comparable}, {@code legacy_only} or
 * {@code template_only}
 * @param comparable whether figures of the three versions may be put side by side, in
 * words
 * @param note what to keep in mind when comparing, or {@code null}
 * @param numerator for a rate or a figure per capita, the figures summed above the line
 * @param denominator for a rate, the figures summed below the line (per capita: none, the
 * population is below it)
 * @param population per capita, which resident population it is divided by (held where,
 * of which year, from which source); absent for any other entry
 * @param link the glossary page's entry
 */
public record GlossaryEntry(String id, String kind, String name, String unit, String counts,
		List<GlossarySource> sources, String comparability, String comparable, String note, List<String> numerator,
		List<String> denominator, @JsonInclude(JsonInclude.Include.NON_NULL) String population, String link) {

	/** A figure reports state (or their tables sum up). */
	public static final String FIGURE = "figure";

	/** A percentage of sums of figures. */
	public static final String RATE = "rate";

	/** A province's figures per 10,000 of its resident population. */
	public static final String PER_CAPITA = "per-capita";

	/** The header of a column holding the figure, e.g. {@code 收到政府信息公开申请数（件）}. */
	public String header() {
		return this.name + "（" + this.unit + "）";
	}

	/** Whether reports state it: a value per report, summed over any group of reports. */
	@JsonIgnore
	public boolean isFigure() {
		return FIGURE.equals(this.kind);
	}

	public boolean isRate() {
		return RATE.equals(this.kind);
	}

	/**
	 * Whether it relates a province's figures to its population: no value per agency or
	 * report, only by province.
	 */
	@JsonIgnore
	public boolean isPerCapita() {
		return PER_CAPITA.equals(this.kind);
	}

}
