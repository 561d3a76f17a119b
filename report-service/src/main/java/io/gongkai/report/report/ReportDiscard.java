package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.audit.AuditEntry;

import org.springframework.stereotype.Component;

/**
 * Discarding a draft made by mistake. A report never submitted goes entirely, so that its
 * agency may start the year again; an amendment of a published report not yet submitted
 * goes alone, the published version staying as it is. Nothing submitted is ever
 * discarded. The audit trail keeps that the draft existed: who discarded it, when, and
 * the agency and year it was for.
 */
@Component
class ReportDiscard {

	static final String ACTION = "discarded";

	private final ReportStore store;

	private final ReportCommits commits;

	private final Preconditions preconditions;

	private final Clock clock;

	ReportDiscard(ReportStore store, ReportCommits commits, Preconditions preconditions, Clock clock) {
		this.store = store;
		this.commits = commits;
		this.preconditions = preconditions;
		this.clock = clock;
	}

	/**
	 * Discards the draft the report's last version is.
	 * @return the report without its amendment, or empty when the whole report went
	 * @throws ProblemException 409 {@code report-not-discardable} for anything but a
	 * draft never submitted or an amendment draft
	 */
	Optional<Report> discard(Caller caller, Report before) {
		String province = caller.requireProvince();
		ReportVersion latest = before.latest();
		boolean neverSubmitted = before.versions().size() == 1 && !before.everSubmitted();
		if (latest.status() != ReportStatus.draft || !(neverSubmitted || isAmendment(before))) {
			throw notDiscardable(before);
		}
		Instant now = this.clock.instant();
		String note = latest.content().agencyName() + " " + before.year() + "年度报告的草稿";
		if (isAmendment(before)) {
			return Optional.of(this.commits.commit(caller, before, before.withoutLatest(now), ACTION, List.of(),
					"第" + latest.number() + "版修订稿，" + note));
		}
		AuditEntry entry = new AuditEntry(before.id(), before.revision() + 1, now, caller.username(),
				caller.displayName(), ReportAccess.roleOf(caller), ACTION, latest.number(), latest.status().name(),
				null, ContentChanges.between(latest.content(), null), note);
		if (!this.store.delete(province, before, entry)) {
			Report current = this.store.find(province, before.id())
				.orElseThrow(() -> ReportAccess.notFound(before.id()));
			throw this.preconditions.changedSince(province, current, before.revision());
		}
		return Optional.empty();
	}

	/** An amendment: a draft started on a published version. */
	private static boolean isAmendment(Report report) {
		int number = report.latest().number();
		return report.latest().status() == ReportStatus.draft && report.version(number - 1)
			.map((previous) -> previous.status() == ReportStatus.published)
			.orElse(false);
	}

	private static ProblemException notDiscardable(Report report) {
		ReportVersion latest = report.latest();
		return new ProblemException(ReportProblem.REPORT_NOT_DISCARDABLE, latest.number(),
				ProblemMessages.label("label.status." + latest.status()))
			.with("status", latest.status().name());
	}

}
