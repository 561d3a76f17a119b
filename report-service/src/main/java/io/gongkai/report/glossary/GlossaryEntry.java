package io.gongkai.report.glossary;

import java.util.List;

/**
 * One figure or rate of the glossary, in the reader's language.
 *
 * @param id the figure's id, as the builder, the bulk CSV and the exchange format name it
 * @param kind {@code figure} (counted in reports) or {@code rate} (computed from figures)
 * @param name its name
 * @param unit the unit it is counted in ({@code 件}, {@code 条}, {@code %})
 * @param counts what it counts, in one sentence
 * @param sources where each template version states it
 * @param comparability {@code comparable}, {@code not_comparable} or {@code legacy_only}
 * @param comparable whether figures of the three versions may be put side by side, in
 * words
 * @param note what to keep in mind when comparing, or {@code null}
 * @param numerator for a rate, the figures summed above the line
 * @param denominator for a rate, the figures summed below the line
 * @param link the glossary page's entry
 */
public record GlossaryEntry(String id, String kind, String name, String unit, String counts,
		List<GlossarySource> sources, String comparability, String comparable, String note, List<String> numerator,
		List<String> denominator, String link) {

	/** The header of a column holding the figure, e.g. {@code 收到政府信息公开申请数（件）}. */
	public String header() {
		return this.name + "（" + this.unit + "）";
	}

	public boolean isRate() {
		return "rate".equals(this.kind);
	}

}
