package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongkai.report.template.Table;

/**
 * One version of a report, complete: what a renderer or a reader needs.
 */
record VersionView(String reportId, String agencyId, int year, String format, AgencyKind kind, int number,
		ReportStatus status, boolean current, String agencyName, ReportScope scope, LocalDate publishedOn,
		String narrative, String originalText, Map<String, Metric> metrics, Map<String, String> sections,
		Map<String, Long> cells, Set<Table> nothingToReport, List<FindingView> findings,
		Map<String, String> explanations, List<ReviewComment> comments, Instant createdAt, String createdBy,
		Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy, Instant publishedAt) {

	static VersionView of(Report report, ReportVersion version, List<FindingView> findings) {
		ReportContent content = version.content();
		return new VersionView(report.id(), report.agencyId(), report.year(), report.format().id(), report.kind(),
				version.number(), version.status(), Integer.valueOf(version.number()).equals(report.currentVersion()),
				content.agencyName(), content.scope(), content.publishedOn(), content.narrative(),
				content.originalText(), content.metrics(), content.sections(), content.cells(),
				content.nothingToReport(), findings, version.explanations(), version.comments(), version.createdAt(),
				version.createdBy(), version.submittedAt(), version.submittedBy(), version.decidedAt(),
				version.decidedBy(), version.publishedAt());
	}

}
