package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;

/**
 * A report in a list: who, which year, where it stands, whether it was on time.
 */
record ReportSummary(String id, String provinceCode, String agencyId, String agencyName, int year, String format,
		AgencyKind kind, ReportScope scope, ReportStatus status, int version, Integer currentVersion,
		LocalDate deadline, LocalDate firstSubmittedOn, Boolean onTime, Instant updatedAt) {

	static ReportSummary of(String provinceCode, Document document) {
		LocalDate deadline = LocalDate.parse(document.getString("deadline"));
		String submitted = document.getString("firstSubmittedOn");
		LocalDate firstSubmittedOn = (submitted != null) ? LocalDate.parse(submitted) : null;
		Date updatedAt = document.getDate("updatedAt");
		return new ReportSummary(document.getString("_id"), provinceCode, document.getString("agencyId"),
				document.getString("agencyName"), document.getInteger("year"), document.getString("format"),
				AgencyKind.valueOf(document.getString("kind")), ReportScope.valueOf(document.getString("scope")),
				ReportStatus.valueOf(document.getString("status")), document.getInteger("version"),
				document.getInteger("currentVersion"), deadline, firstSubmittedOn,
				Deadlines.onTime(deadline, firstSubmittedOn,
						ReportOrigin.publishedOn(document.get("origin", Document.class))),
				(updatedAt != null) ? updatedAt.toInstant() : null);
	}

}
