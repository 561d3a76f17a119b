package io.gongkai.report.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.gongkai.report.template.Table;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole content of the version being worked on, replacing what was there: a cell,
 * figure or section left out is blank afterwards. Year, format and kind do not change.
 * {@code nothingToReport} names the tables the agency had nothing to report in this year
 * (T2, T3, T4). {@code explanations} (finding key to text) are the explanations of
 * warnings typed so far, kept with the draft; left out, those already saved stay.
 */
record UpdateReportRequest(
		@NotBlank(message = "{report.agencyName.required}") @Size(max = 200,
				message = "{report.agencyName.size}") String agencyName,
		ReportScope scope, LocalDate publishedOn,
		@Size(max = 200_000, message = "{report.narrative.size}") String narrative,
		@Size(max = 500_000, message = "{report.originalText.size}") String originalText,
		Map<String, @Valid @NotNull Metric> metrics,
		Map<String, @Size(max = 100_000, message = "{report.section.size}") String> sections, Map<String, Long> cells,
		Set<Table> nothingToReport,
		@Size(max = 500, message = "{report.explanations.size}") Map<String, @Size(max = 2000,
				message = "{submit.explanation.size}") String> explanations) {

	ReportContent content() {
		return new ReportContent(this.agencyName.trim(), this.scope, this.publishedOn, this.narrative,
				this.originalText, this.metrics, this.sections, this.cells, this.nothingToReport);
	}

}
