package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongkai.report.template.Table;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A report as the API shows it to its agency and its coordinator: where it stands and the
 * content of the version being worked on (the last one), with what validation finds in it
 * (for a version being written, what concerns what was written: the mandated sections are
 * in the check before submission, {@code GET /api/reports/{id}/check}), and the
 * explanations of warnings saved with it. {@code currentVersion} is the version readers
 * see; read it at {@code /api/reports/{id}/versions/current}. {@code origin} says where a
 * report imported from its published text came from. {@code lastReturnedVersion} is the
 * last submission sent back to the agency before this version, what a reviewer compares a
 * resubmission with, or {@code null}.
 */
record ReportView(String id, String provinceCode, String agencyId, String agencyName, int year, String format,
		AgencyKind kind, ReportScope scope, ReportStatus status, int version, Integer currentVersion, long revision,
		LocalDate deadline, LocalDate firstSubmittedOn, Boolean onTime, LocalDate publishedOn, String narrative,
		String originalText, Map<String, Metric> metrics, Map<String, String> sections, Map<String, Long> cells,
		Set<Table> nothingToReport, FindingCounts findingCounts, List<FindingView> findings,
		Map<String, String> explanations, List<ReviewComment> comments, List<VersionSummary> versions,
		Integer lastReturnedVersion, Instant createdAt, String createdBy, Instant updatedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) ReportOrigin origin) {

	static ReportView of(String provinceCode, Report report, List<FindingView> findings) {
		ReportVersion latest = report.latest();
		ReportContent content = latest.content();
		return new ReportView(report.id(), provinceCode, report.agencyId(), content.agencyName(), report.year(),
				report.format().id(), report.kind(), content.scope(), latest.status(), latest.number(),
				report.currentVersion(), report.revision(), report.deadline(), report.firstSubmittedOn(),
				report.onTime(), content.publishedOn(), content.narrative(), content.originalText(), content.metrics(),
				content.sections(), content.cells(), content.nothingToReport(), FindingCounts.of(findings), findings,
				latest.explanations(), latest.comments(),
				report.versions().stream().map((version) -> VersionSummary.of(report, version)).toList(),
				report.lastReturned().map(ReportVersion::number).orElse(null), report.createdAt(), report.createdBy(),
				report.updatedAt(), report.origin());
	}

	/** How many errors and warnings, and how many warnings still lack an explanation. */
	record FindingCounts(int errors, int warnings, int unexplainedWarnings) {

		static FindingCounts of(List<FindingView> findings) {
			int errors = (int) findings.stream().filter(FindingView::isError).count();
			int unexplained = (int) findings.stream()
				.filter((finding) -> !finding.isError() && finding.explanation() == null)
				.count();
			return new FindingCounts(errors, findings.size() - errors, unexplained);
		}

	}

	/**
	 * One version in the list of a report's versions, with who submitted and decided it:
	 * their login names, and the names people know them by, as the audit trail recorded
	 * them ({@code null} where it holds none).
	 */
	record VersionSummary(int number, ReportStatus status, boolean current, Instant createdAt, Instant submittedAt,
			String submittedBy, String submittedByName, Instant decidedAt, String decidedBy, String decidedByName,
			Instant publishedAt) {

		static VersionSummary of(Report report, ReportVersion version) {
			return of(report, version, Map.of());
		}

		/**
		 * @param names each login name's display name
		 */
		static VersionSummary of(Report report, ReportVersion version, Map<String, String> names) {
			return new VersionSummary(version.number(), version.status(),
					Integer.valueOf(version.number()).equals(report.currentVersion()), version.createdAt(),
					version.submittedAt(), version.submittedBy(), nameOf(names, version.submittedBy()),
					version.decidedAt(), version.decidedBy(), nameOf(names, version.decidedBy()),
					version.publishedAt());
		}

		private static String nameOf(Map<String, String> names, String login) {
			return (login != null) ? names.get(login) : null;
		}

	}

}
