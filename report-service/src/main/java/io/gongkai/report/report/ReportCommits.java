package io.gongkai.report.report;

import java.util.List;

import io.gongkai.platform.security.Caller;
import io.gongkai.report.audit.AuditEntry;
import io.gongkai.report.audit.FieldChange;

import org.springframework.stereotype.Component;

/**
 * Writes a change of a report with its audit entry, only if the report is still at the
 * revision the change was made on; otherwise the caller gets the 412 that says what
 * changed meanwhile.
 */
@Component
class ReportCommits {

	private final ReportStore store;

	private final Preconditions preconditions;

	ReportCommits(ReportStore store, Preconditions preconditions) {
		this.store = store;
		this.preconditions = preconditions;
	}

	Report commit(Caller caller, Report before, Report after, String action, List<FieldChange> changes, String note) {
		String province = caller.requireProvince();
		boolean newVersion = after.versions().size() > before.versions().size();
		AuditEntry entry = new AuditEntry(after.id(), after.revision(), after.updatedAt(), caller.username(),
				caller.displayName(), ReportAccess.roleOf(caller), action, after.latest().number(),
				newVersion ? null : before.latest().status().name(), after.latest().status().name(), changes, note);
		if (!this.store.replace(province, after, entry)) {
			Report current = this.store.find(province, before.id())
				.orElseThrow(() -> ReportAccess.notFound(before.id()));
			throw this.preconditions.changedSince(province, current, before.revision());
		}
		return after;
	}

}
