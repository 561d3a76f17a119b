package io.gongkai.report.textimport;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the extractor read from one report, in the shape of the extraction contract. The
 * optional parts ({@code cells} and {@code findings} of a template report, the removed
 * {@code spam} phrases) are left out of the JSON when empty.
 *
 * @param source the input's file or upload name
 * @param agencyName the reporting body's full name, simplified, or {@code null}
 * @param provinceCode the six-digit code of the agency's province, or {@code null}
 * @param year the year the report covers, or {@code null}
 * @param publishedOn the publication or signing date as {@code YYYY-MM-DD}, or
 * {@code null}
 * @param format the layout of the report
 * @param flags what was wrong with the text and was repaired or detected
 * @param metrics the catalogue figures the text states, keyed by metric id
 * @param cells template table cells keyed {@code t3.<row>.<column>}, {@code t4.<column>},
 * {@code t2.<row>.<column>}; a blank cell is absent
 * @param findings template consistency rules (R1 to R4) that the cells break
 * @param spam spam phrases removed from the text, with their positions in the normalised
 * text
 */
@JsonPropertyOrder({ "source", "agencyName", "provinceCode", "year", "publishedOn", "format", "flags", "metrics",
		"cells", "findings", "spam" })
public record ExtractionResult(String source, String agencyName, String provinceCode, Integer year, String publishedOn,
		ReportFormat format, List<TextFlag> flags, Map<String, MetricValue> metrics,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Number> cells,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> findings,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<SpamPhrase> spam) {

	public ExtractionResult {
		flags = List.copyOf(flags);
		metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
		cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
		findings = List.copyOf(findings);
		spam = List.copyOf(spam);
	}

	/**
	 * A consistency rule of the template that the table cells break, a statistics period
	 * that names another year than the title, or table cells that could not be read.
	 *
	 * @param rule the rule id (R1 to R4), {@code period} (the year follows the period) or
	 * {@code unreadable} (the cells are left out, expected and found are null)
	 * @param cells the cells the rule relates
	 * @param expected the value the rule computes from the other cells
	 * @param found the value the table states
	 */
	@JsonPropertyOrder({ "rule", "cells", "expected", "found" })
	public record Finding(String rule, List<String> cells, Number expected, Number found) {
	}

	/**
	 * A spam phrase removed from the text.
	 *
	 * @param text the phrase
	 * @param at the offset in the normalised text where it stood
	 */
	@JsonPropertyOrder({ "text", "at" })
	public record SpamPhrase(String text, int at) {
	}

}
