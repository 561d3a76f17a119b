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
		@NotBlank(message = "give the agency's full name") @Size(max = 200,
				message = "at most 200 characters") String agencyName,
		ReportScope scope, LocalDate publishedOn,
		@Size(max = 200_000, message = "at most 200000 characters") String narrative,
		@Size(max = 500_000, message = "at most 500000 characters") String originalText,
		Map<String, @Valid @NotNull Metric> metrics,
		Map<String, @Size(max = 100_000, message = "at most 100000 characters per section") String> sections,
		Map<String, Long> cells, Set<Table> nothingToReport,
		@Size(max = 500, message = "at most 500 explanations") Map<String, @Size(max = 2000,
				message = "at most 2000 characters per explanation") String> explanations) {

	ReportContent content() {
		return new ReportContent(this.agencyName.trim(), this.scope, this.publishedOn, this.narrative,
				this.originalText, this.metrics, this.sections, this.cells, this.nothingToReport);
	}

}
