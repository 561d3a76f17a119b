package io.gongkai.report.report;

import java.util.List;

/**
 * The check before submission of the version being worked on: everything submission would
 * find, the mandated sections included, with the explanations saved so far. Submission
 * refuses while {@code findingCounts.errors} or {@code findingCounts.unexplainedWarnings}
 * is not 0.
 */
record SubmissionCheck(ReportView.FindingCounts findingCounts, List<FindingView> findings) {

	static SubmissionCheck of(List<FindingView> findings) {
		return new SubmissionCheck(ReportView.FindingCounts.of(findings), findings);
	}

}
