package io.gongkai.report.textimport;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One figure read from a report.
 *
 * @param value the figure: a {@link Long} when whole, otherwise a {@link BigDecimal}
 * @param qualifier whether the text gives it exactly, as a lower bound or as an
 * approximation
 * @param evidence the sentence or clause the figure was read from, in the normalised text
 * @param start offset of the evidence in the normalised text
 * @param end end offset (exclusive) of the evidence in the normalised text
 */
@JsonPropertyOrder({ "value", "qualifier", "evidence", "start", "end" })
public record MetricValue(Number value, Qualifier qualifier, String evidence, int start, int end) {

	static MetricValue of(BigDecimal value, Qualifier qualifier, String text, int start, int end) {
		return new MetricValue(wholeAsLong(value), qualifier, text.substring(start, end), start, end);
	}

	static Number wholeAsLong(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
			return stripped.longValueExact();
		}
		return stripped;
	}

}
