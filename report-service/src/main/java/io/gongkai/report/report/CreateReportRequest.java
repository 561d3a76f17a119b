package io.gongkai.report.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

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
record CreateReportRequest(@NotNull(message = "give the year the report covers") @Min(value = 2008,
		message = "reports start with the year 2008") @Max(value = 2100, message = "not a plausible year") Integer year,
		@NotBlank(message = "give the format: legacy, template2019 or template2021") String format, AgencyKind kind,
		ReportScope scope,
		@NotBlank(message = "give the agency's full name") @Size(max = 200,
				message = "at most 200 characters") String agencyName,
		LocalDate publishedOn, @Size(max = 200_000, message = "at most 200000 characters") String narrative,
		@Size(max = 500_000, message = "at most 500000 characters") String originalText,
		Map<String, @Valid @NotNull Metric> metrics,
		Map<String, @Size(max = 100_000, message = "at most 100000 characters per section") String> sections,
		Map<String, Long> cells, Set<Table> nothingToReport) {

	CreateReportRequest {
		kind = (kind != null) ? kind : AgencyKind.department;
	}

	ReportContent content() {
		return new ReportContent(this.agencyName.trim(), this.scope, this.publishedOn, this.narrative,
				this.originalText, this.metrics, this.sections, this.cells, this.nothingToReport);
	}

}
