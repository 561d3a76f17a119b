package io.gongkai.report.report;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an agency sends to start its report for a year.
 */
record CreateReportRequest(@NotNull(message = "give the year the report covers") @Min(value = 2008,
		message = "reports start with the year 2008") @Max(value = 2100, message = "not a plausible year") Integer year,
		@NotBlank(message = "give the format: legacy, template2019 or template2021") String format, ReportScope scope,
		@NotBlank(message = "give the agency's full name") @Size(max = 200,
				message = "at most 200 characters") String agencyName,
		LocalDate publishedOn, Map<String, @Valid @NotNull Metric> metrics) {

	CreateReportRequest {
		scope = (scope == null) ? ReportScope.own : scope;
		metrics = (metrics == null) ? Map.of() : metrics;
	}

}
