package io.gongkai.report.report;

import java.net.URI;

import io.gongkai.platform.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The answer to every request that returns a report: the report with its findings, its
 * ETag, and for 201 its location.
 */
@Component
class ReportAnswers {

	private final ReportFindings findings;

	ReportAnswers(ReportFindings findings) {
		this.findings = findings;
	}

	ResponseEntity<ReportView> of(Caller caller, Report report, HttpStatus status) {
		String province = caller.requireProvince();
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).eTag(Preconditions.etag(report));
		if (status == HttpStatus.CREATED) {
			builder.location(URI.create("/api/reports/" + report.id()));
		}
		return builder.body(ReportView.of(province, report, this.findings.of(province, report, report.latest())));
	}

}
