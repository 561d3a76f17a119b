package io.gongkai.report.report;

import java.net.URI;

import io.gongkai.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer the controllers give with a report: the report with its findings and its
 * ETag; for a report just made, 201 with its location. Only controllers use it: the use
 * cases return the report.
 */
@Component
public class ReportAnswers {

	private final ReportFindings findings;

	ReportAnswers(ReportFindings findings) {
		this.findings = findings;
	}

	/** 200 with the report as it is now. */
	public ResponseEntity<ReportView> ok(Caller caller, Report report) {
		return ResponseEntity.ok().eTag(Preconditions.etag(report)).body(view(caller, report));
	}

	/**
	 * 201 with the report just made and its location, as {@code POST /api/reports}
	 * answers.
	 */
	public ResponseEntity<ReportView> created(Caller caller, Report report) {
		return ResponseEntity.created(URI.create("/api/reports/" + report.id()))
			.eTag(Preconditions.etag(report))
			.body(view(caller, report));
	}

	private ReportView view(Caller caller, Report report) {
		String province = caller.requireProvince();
		return ReportView.of(province, report, this.findings.of(province, report, report.latest()));
	}

}
