package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.template.ReportingCalendar;

import org.springframework.stereotype.Component;

/**
 * Submitting the version being worked on for review: refused while it has errors (R1–R4)
 * or a warning without a written explanation.
 */
@Component
class ReportSubmission {

	/** Deadlines are days in China. */

	private final ReportCommits commits;

	private final ReportFindings findings;

	private final Clock clock;

	ReportSubmission(ReportCommits commits, ReportFindings findings, Clock clock) {
		this.commits = commits;
		this.findings = findings;
		this.clock = clock;
	}

	/**
	 * Submits the last version.
	 * @param submissionKey identifies this submission across retries: a retry finds the
	 * version already submitted with it and changes nothing
	 */
	Report submit(Caller caller, Report before, Map<String, String> explanations, String submissionKey) {
		ReportVersion latest = before.latest();
		if (latest.status() == ReportStatus.submitted && submissionKey.equals(latest.submissionKey())) {
			return before;
		}
		ReportDrafts.requireEditable(before);
		List<FindingView> found = this.findings.beforeSubmission(caller.requireProvince(), before, latest);
		List<FindingView> errors = found.stream().filter(FindingView::isError).toList();
		if (!errors.isEmpty()) {
			throw new ProblemException(ReportProblem.REPORT_HAS_ERRORS, errors.size()).with("findings", errors);
		}
		Map<String, String> given = new HashMap<>(latest.explanations());
		given.putAll(Explanations.written(explanations));
		Map<String, String> kept = new HashMap<>();
		List<FindingView> unexplained = found.stream().filter((finding) -> {
			String text = given.get(finding.key());
			if (text != null) {
				kept.put(finding.key(), text);
			}
			return text == null;
		}).toList();
		if (!unexplained.isEmpty()) {
			throw new ProblemException(ReportProblem.WARNINGS_NEED_EXPLANATIONS, unexplained.size()).with("unexplained",
					unexplained);
		}
		Instant now = this.clock.instant();
		Report after = before
			.withLatest(latest.submitted(kept, now, caller.username(), submissionKey), before.currentVersion(), now)
			.withFirstSubmittedOn(LocalDate.ofInstant(now, ReportingCalendar.CHINA));
		String note = kept.isEmpty() ? null : kept.size() + " warning(s) explained: " + new java.util.TreeMap<>(kept);
		return this.commits.commit(caller, before, after, "submitted", List.of(), note);
	}

}
