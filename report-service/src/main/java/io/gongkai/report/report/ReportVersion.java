package io.gongkai.report.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of a report: its content and where it stands. Version 1 is the first draft;
 * each return to the agency, reopening and amendment after publication adds the next, so
 * that every submission stays as it was submitted. A version is what a renderer reads:
 * {@link #content()} holds everything printed.
 *
 * @param number 1, 2, ...
 * @param status where it stands
 * @param content what it says
 * @param explanations finding key to the agency's explanation of that warning
 * @param comments the coordinators' comments when it was returned, oldest first
 * @param createdAt when the version was started
 * @param createdBy who started it
 * @param submittedAt when it was last submitted, or {@code null}
 * @param submittedBy who submitted it last
 * @param decidedAt when it was last accepted or returned
 * @param decidedBy the coordinator who did
 * @param publishedAt when it was published, or {@code null}
 * @param submissionKey the operation id of its last submission, so that a retried
 * submission recognises its own effect
 */
public record ReportVersion(int number, ReportStatus status, ReportContent content, Map<String, String> explanations,
		List<ReviewComment> comments, Instant createdAt, String createdBy, Instant submittedAt, String submittedBy,
		Instant decidedAt, String decidedBy, Instant publishedAt, String submissionKey) {

	public ReportVersion {
		explanations = java.util.Collections.unmodifiableMap(new TreeMap<>(explanations));
		comments = List.copyOf(comments);
	}

	static ReportVersion first(int number, ReportStatus status, ReportContent content, Instant at, String by) {
		return new ReportVersion(number, status, content, Map.of(), List.of(), at, by, null, null, null, null, null,
				null);
	}

	ReportVersion withContent(ReportContent newContent) {
		return new ReportVersion(this.number, this.status, newContent, this.explanations, this.comments, this.createdAt,
				this.createdBy, this.submittedAt, this.submittedBy, this.decidedAt, this.decidedBy, this.publishedAt,
				this.submissionKey);
	}

	ReportVersion withExplanations(Map<String, String> newExplanations) {
		return new ReportVersion(this.number, this.status, this.content, newExplanations, this.comments, this.createdAt,
				this.createdBy, this.submittedAt, this.submittedBy, this.decidedAt, this.decidedBy, this.publishedAt,
				this.submissionKey);
	}

	ReportVersion submitted(Map<String, String> keptExplanations, Instant at, String by, String key) {
		return new ReportVersion(this.number, ReportStatus.submitted, this.content, keptExplanations, this.comments,
				this.createdAt, this.createdBy, at, by, this.decidedAt, this.decidedBy, this.publishedAt, key);
	}

	ReportVersion returned(List<ReviewComment> newComments, Instant at, String by) {
		List<ReviewComment> all = new ArrayList<>(this.comments);
		all.addAll(newComments);
		return new ReportVersion(this.number, ReportStatus.returned, this.content, this.explanations, all,
				this.createdAt, this.createdBy, this.submittedAt, this.submittedBy, at, by, this.publishedAt,
				this.submissionKey);
	}

	/**
	 * The next version, started from this one when it goes back to the agency: the same
	 * content, explanations and comments, to be corrected and submitted again.
	 */
	ReportVersion nextForCorrection(Instant at, String by) {
		return new ReportVersion(this.number + 1, ReportStatus.returned, this.content, this.explanations, this.comments,
				at, by, null, null, at, by, null, null);
	}

	ReportVersion accepted(Instant at, String by) {
		return new ReportVersion(this.number, ReportStatus.accepted, this.content, this.explanations, this.comments,
				this.createdAt, this.createdBy, this.submittedAt, this.submittedBy, at, by, this.publishedAt,
				this.submissionKey);
	}

	ReportVersion published(Instant at) {
		return new ReportVersion(this.number, ReportStatus.published, this.content, this.explanations, this.comments,
				this.createdAt, this.createdBy, this.submittedAt, this.submittedBy, this.decidedAt, this.decidedBy, at,
				this.submissionKey);
	}

}
