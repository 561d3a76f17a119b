package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A report as the API shows it.
 */
record ReportView(String id, String provinceCode, String agencyId, String agencyName, int year, String format,
		ReportScope scope, String status, LocalDate publishedOn, Map<String, Metric> metrics, Instant createdAt) {

	static ReportView of(Report report) {
		return new ReportView(report.id(), report.provinceCode(), report.agencyId(), report.agencyName(), report.year(),
				report.format().id(), report.scope(), report.status(), report.publishedOn(), report.metrics(),
				report.createdAt());
	}

}
