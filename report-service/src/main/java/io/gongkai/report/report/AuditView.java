package io.gongkai.report.report;

import java.time.Instant;
import java.util.List;

import io.gongkai.report.audit.AuditEntry;
import io.gongkai.report.audit.FieldChange;

/**
 * A report's audit trail as the API shows it, oldest entry first.
 */
record AuditView(String reportId, List<Entry> entries) {

	static AuditView of(String reportId, List<AuditEntry> entries) {
		return new AuditView(reportId,
				entries.stream()
					.map((entry) -> new Entry(entry.revision(), entry.at(), entry.actor(), entry.actorName(),
							entry.role(), entry.action(), entry.version(), entry.fromStatus(), entry.toStatus(),
							entry.changes(), entry.note()))
					.toList());
	}

	record Entry(long revision, Instant at, String actor, String actorName, String role, String action, int version,
			String fromStatus, String toStatus, List<FieldChange> changes, String note) {

	}

}
