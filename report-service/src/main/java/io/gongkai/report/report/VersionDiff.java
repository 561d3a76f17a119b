package io.gongkai.report.report;

import java.util.List;

import io.gongkai.report.audit.FieldChange;

/**
 * What differs between two versions of a report, grouped by kind; each change has the
 * value in {@code from} and in {@code to} ({@code null} when blank there).
 */
record VersionDiff(String reportId, int from, int to, List<FieldChange> fields, List<FieldChange> sections,
		List<FieldChange> metrics, List<FieldChange> cells) {

	static VersionDiff between(String reportId, ReportVersion from, ReportVersion to) {
		List<FieldChange> changes = ContentChanges.between(from.content(), to.content());
		return new VersionDiff(reportId, from.number(), to.number(), only(changes, FieldChange.FIELD),
				only(changes, FieldChange.SECTION), only(changes, FieldChange.METRIC), only(changes, FieldChange.CELL));
	}

	private static List<FieldChange> only(List<FieldChange> changes, String kind) {
		return changes.stream().filter((change) -> change.kind().equals(kind)).toList();
	}

}
