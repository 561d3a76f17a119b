package io.gongkai.report.report;

import io.gongkai.report.template.TemplateFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One agency's report for one year, as stored in its province's database.
 */
record Report(String id, String provinceCode, String agencyId, String agencyName, int year, TemplateFormat format,
		ReportScope scope, String status, LocalDate publishedOn, Map<String, Metric> metrics, Instant createdAt,
		String createdBy) {

	Report {
		metrics = Map.copyOf(metrics);
	}

}
