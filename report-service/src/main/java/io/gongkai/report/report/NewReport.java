package io.gongkai.report.report;

import java.util.Objects;

/**
 * A report to start from outside the report API (an exchange document, a bulk upload):
 * what {@code POST /api/reports} takes, checked by the same rules.
 *
 * @param year the year covered
 * @param format {@code legacy}, {@code template2019} or {@code template2021}
 * @param kind government or department; {@code null} for a department
 * @param content what version 1 says
 * @param origin where a report imported from its published text came from, or
 * {@code null}
 */
public record NewReport(Integer year, String format, AgencyKind kind, ReportContent content, ReportOrigin origin) {

	public NewReport {
		Objects.requireNonNull(content, "content");
	}

	public NewReport(Integer year, String format, AgencyKind kind, ReportContent content) {
		this(year, format, kind, content, null);
	}

	CreateReportRequest asRequest() {
		return new CreateReportRequest(this.year, this.format, this.kind, this.content.scope(),
				this.content.agencyName(), this.content.publishedOn(), this.content.narrative(),
				this.content.originalText(), this.content.metrics(), this.content.sections(), this.content.cells(),
				this.content.nothingToReport());
	}

}
