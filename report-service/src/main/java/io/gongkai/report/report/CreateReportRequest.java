package io.gongkai.report.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.gongkai.report.template.ReportingCalendar;
import io.gongkai.report.template.Table;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an agency sends to start its report on a year. The agency is the reporter's own,
 * from its token; nothing in the body chooses it.
 */
record CreateReportRequest(
		@NotNull(message = "{report.year.required}") @Min(value = ReportingCalendar.FIRST_YEAR,
				message = "{report.year.min}") @Max(value = ReportingCalendar.LAST_YEAR,
						message = "{report.year.max}") Integer year,
		@NotBlank(message = "{report.format.required}") String format, AgencyKind kind, ReportScope scope,
		@NotBlank(message = "{report.agencyName.required}") @Size(max = 200,
				message = "{report.agencyName.size}") String agencyName,
		LocalDate publishedOn, @Size(max = 200_000, message = "{report.narrative.size}") String narrative,
		@Size(max = 500_000, message = "{report.originalText.size}") String originalText,
		Map<String, @Valid @NotNull Metric> metrics,
		Map<String, @Size(max = 100_000, message = "{report.section.size}") String> sections, Map<String, Long> cells,
		Set<Table> nothingToReport) {

	CreateReportRequest {
		kind = (kind != null) ? kind : AgencyKind.department;
	}

	ReportContent content() {
		return new ReportContent(this.agencyName.trim(), this.scope, this.publishedOn, this.narrative,
				this.originalText, this.metrics, this.sections, this.cells, this.nothingToReport);
	}

}
