package io.gongkai.report.report;

import io.gongkai.platform.problem.RequestLanguage;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.audit.AuditEntry;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.template.TemplateFormat;

import org.springframework.stereotype.Component;

/**
 * The agency's writing: starting a report, changing the version being worked on, and
 * starting an amendment of a published report.
 */
@Component
class ReportDrafts {

	private final ReportStore store;

	private final ReportCommits commits;

	private final ReportFindings findings;

	private final Clock clock;

	ReportDrafts(ReportStore store, ReportCommits commits, ReportFindings findings, Clock clock) {
		this.store = store;
		this.commits = commits;
		this.findings = findings;
		this.clock = clock;
	}

	/**
	 * Starts the agency's report on a year, as version 1, a draft.
	 * @param reportId the new report's id; a retry with the same id finds the report the
	 * first attempt stored
	 */
	Report create(Caller caller, CreateReportRequest request, TemplateFormat format, String reportId) {
		return create(caller, ReportAccess.reporterAgency(caller), request, format, reportId, null);
	}

	/**
	 * Starts a report on a year for the given agency, as version 1, a draft, in the
	 * caller's province.
	 * @param agency the agency: the reporter's own, or for a coordinator one of its
	 * province
	 * @param note what the audit entry says of where the report came from, or
	 * {@code null}
	 */
	Report create(Caller caller, String agency, CreateReportRequest request, TemplateFormat format, String reportId,
			String note) {
		return create(caller, agency, request, format, reportId, note, null, false);
	}

	/**
	 * Starts a report on a year for the given agency, as version 1, in the caller's
	 * province: a draft, or, for a coordinator importing a report its agency already
	 * published, accepted at once.
	 * @param origin where a report imported from its published text came from, or
	 * {@code null}
	 * @param accepted whether version 1 is accepted by the caller (a coordinator) on
	 * creation; the audit entry is then {@code imported}
	 */
	Report create(Caller caller, String agency, CreateReportRequest request, TemplateFormat format, String reportId,
			String note, ReportOrigin origin, boolean accepted) {
		String province = caller.requireProvince();
		ReportContent content = ContentChecks.checked(this.findings.template(), format, request.content());
		Instant now = this.clock.instant();
		ReportVersion first = ReportVersion.first(1, ReportStatus.draft, content, now, caller.username());
		ReportStatus status = ReportStatus.draft;
		if (accepted) {
			first = first.accepted(now, caller.username());
			status = ReportStatus.accepted;
		}
		Report report = new Report(reportId, agency, request.year(), format, request.kind(),
				Deadlines.dueDate(request.year(), request.kind()), null, 1, accepted ? 1 : null, List.of(first), now,
				caller.username(), now, origin);
		AuditEntry entry = new AuditEntry(reportId, 1, now, caller.username(), caller.displayName(),
				ReportAccess.roleOf(caller), accepted ? "imported" : "created", 1, null, status.name(),
				ContentChanges.between(null, content), note);
		return this.store.insert(province, report, entry);
	}

	/**
	 * Replaces the content of the version being worked on, and the explanations of its
	 * warnings when the request has them.
	 */
	Report update(Caller caller, Report before, UpdateReportRequest request) {
		ReportVersion latest = before.latest();
		requireEditable(before);
		ReportContent content = ContentChecks.checked(this.findings.template(), before.format(), request.content());
		Map<String, String> explanations = (request.explanations() != null)
				? Explanations.written(request.explanations()) : latest.explanations();
		boolean explained = !explanations.equals(latest.explanations());
		if (content.equals(latest.content()) && !explained) {
			return before;
		}
		Report after = before.withLatest(latest.withContent(content).withExplanations(explanations),
				before.currentVersion(), this.clock.instant());
		return this.commits.commit(caller, before, after, "updated", ContentChanges.between(latest.content(), content),
				explained ? explanations.size() + " warning(s) explained" : null);
	}

	/**
	 * Starts a new version of a published report, as a draft copy of it, with the
	 * explanations of the warnings that still stand.
	 */
	Report amend(Caller caller, Report before) {
		ReportVersion latest = before.latest();
		if (latest.status() != ReportStatus.published) {
			throw new ProblemException(
					latest.status().isEditable() ? ReportProblem.NOT_PUBLISHED_BUT_EDITABLE
							: ReportProblem.NOT_PUBLISHED,
					latest.number(), ProblemMessages.label("label.status." + latest.status()));
		}
		Instant now = this.clock.instant();
		Set<String> standing = this.findings.beforeSubmission(caller.requireProvince(), before, latest)
			.stream()
			.filter((finding) -> !finding.isError())
			.map(FindingView::key)
			.collect(Collectors.toSet());
		Map<String, String> explanations = new HashMap<>(latest.explanations());
		explanations.keySet().retainAll(standing);
		ReportVersion amendment = ReportVersion
			.first(latest.number() + 1, ReportStatus.draft, latest.content(), now, caller.username())
			.withExplanations(explanations);
		return this.commits.commit(caller, before, before.withNewVersion(amendment, now), "amended", List.of(),
				ProblemMessages.text(RequestLanguage.DEFAULT, "report.note.amendment", latest.number()));
	}

	static void requireEditable(Report report) {
		ReportStatus status = report.status();
		if (status.isLocked()) {
			throw new ProblemException(
					(status == ReportStatus.published) ? ReportProblem.PUBLISHED_REPORT_LOCKED
							: ReportProblem.REPORT_LOCKED,
					report.latest().number(), ProblemMessages.label("label.status." + status))
				.with("status", status.name());
		}
		if (!status.isEditable()) {
			throw new ProblemException(ReportProblem.REPORT_UNDER_REVIEW, report.latest().number()).with("status",
					status.name());
		}
	}

}
