package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.template.FormatTemplate;
import io.gongkai.report.template.MetricCatalogue;

import org.springframework.stereotype.Component;

/**
 * The coordinator's side: returning a submitted version with comments, accepting it,
 * publishing an accepted one, and reopening an accepted or published one. Accepting makes
 * the version current for readers; publishing is a separate step. A version sent back to
 * the agency keeps what was submitted; the agency corrects the next version, a copy, so
 * that every submission stays readable and comparable.
 */
@Component
class ReportReview {

	private final ReportCommits commits;

	private final ReportFindings findings;

	private final Clock clock;

	ReportReview(ReportCommits commits, ReportFindings findings, Clock clock) {
		this.commits = commits;
		this.findings = findings;
		this.clock = clock;
	}

	Report returnToAgency(Caller caller, Report before, List<ReviewRequests.CommentRequest> requests) {
		requireStatus(before, ReportStatus.submitted, "returned");
		Instant now = this.clock.instant();
		List<ReviewComment> comments = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			ReviewRequests.CommentRequest request = requests.get(i);
			checkTarget(before, request, i);
			String ref = request.target().equals("report") ? null : request.ref();
			comments.add(new ReviewComment(request.target(), ref, request.text().trim(), caller.username(),
					caller.displayName(), now));
		}
		ReportVersion returned = before.latest().returned(comments, now, caller.username());
		Report after = before.withLatestAndNext(returned, returned.nextForCorrection(now, caller.username()),
				before.currentVersion(), now);
		return this.commits.commit(caller, before, after, "returned", List.of(), summary(comments));
	}

	Report accept(Caller caller, Report before, String note) {
		requireStatus(before, ReportStatus.submitted, "accepted");
		Instant now = this.clock.instant();
		ReportVersion latest = before.latest();
		Report after = before.withLatest(latest.accepted(now, caller.username()), latest.number(), now);
		return this.commits.commit(caller, before, after, "accepted", List.of(), note);
	}

	Report publish(Caller caller, Report before) {
		requireStatus(before, ReportStatus.accepted, "published");
		Instant now = this.clock.instant();
		Report after = before.withLatest(before.latest().published(now), before.currentVersion(), now);
		return this.commits.commit(caller, before, after, "published", List.of(), null);
	}

	/**
	 * Unlocks the report for the agency: an accepted version is marked returned (and
	 * stops being current); a published one stays current. Either way a new version, a
	 * copy of it, goes back to the agency.
	 */
	Report reopen(Caller caller, Report before, String reason) {
		ReportVersion latest = before.latest();
		if (!latest.status().isLocked()) {
			throw new ProblemException(ReportProblem.NOT_LOCKED, latest.number(),
					ProblemMessages.label("label.status." + latest.status()));
		}
		Instant now = this.clock.instant();
		ReviewComment comment = new ReviewComment("report", null, reason.trim(), caller.username(),
				caller.displayName(), now);
		Report after;
		if (latest.status() == ReportStatus.accepted) {
			ReportVersion returned = latest.returned(List.of(comment), now, caller.username());
			after = before.withLatestAndNext(returned, returned.nextForCorrection(now, caller.username()),
					before.lastDecidedBefore(latest.number()), now);
		}
		else {
			ReportVersion reopened = ReportVersion
				.first(latest.number() + 1, ReportStatus.draft, latest.content(), now, caller.username())
				.returned(List.of(comment), now, caller.username());
			after = before.withNewVersion(reopened, now);
		}
		return this.commits.commit(caller, before, after, "reopened", List.of(), reason.trim());
	}

	private void checkTarget(Report report, ReviewRequests.CommentRequest request, int index) {
		String ref = request.ref();
		FormatTemplate format = this.findings.template().format(report.format());
		boolean known = switch (request.target()) {
			case "section" -> ref != null && format.section(ref).isPresent();
			case "cell" -> ref != null && format.cell(ref).isPresent();
			case "metric" -> ref != null && !report.format().hasTables() && MetricCatalogue.national().contains(ref);
			default -> true;
		};
		if (!known) {
			throw new ProblemException(ReportProblem.INVALID_COMMENT_TARGET, index,
					ProblemMessages.label("label.comment." + request.target()), ref, report.format().id())
				.with("field", "comments[" + index + "].ref");
		}
	}

	private static void requireStatus(Report report, ReportStatus required, String wanted) {
		ReportVersion latest = report.latest();
		if (latest.status() != required) {
			throw new ProblemException(ReportProblem.WRONG_STATUS, latest.number(),
					ProblemMessages.label("label.status." + latest.status()),
					ProblemMessages.label("label.status." + required), ProblemMessages.label("label.action." + wanted))
				.with("status", latest.status().name());
		}
	}

	private static String summary(List<ReviewComment> comments) {
		StringBuilder text = new StringBuilder();
		for (ReviewComment comment : comments) {
			text.append((text.length() > 0) ? "; " : "")
				.append(comment.target())
				.append((comment.ref() != null) ? " " + comment.ref() : "")
				.append(": ")
				.append(comment.text());
		}
		return text.toString();
	}

}
