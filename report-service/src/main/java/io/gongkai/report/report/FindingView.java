package io.gongkai.report.report;

import java.util.List;

import io.gongkai.report.validation.Finding;

/**
 * A validation finding as the API shows it, with the key an explanation refers to.
 *
 * @param key stable while the finding stays the same (rule, cells, figures); a warning is
 * explained by sending {@code explanations: {key: text}} on submission
 * @param explanation the agency's explanation, if it gave one
 */
record FindingView(String key, String rule, String severity, List<String> cells, List<String> blankCells, Long expected,
		Long found, String message, String messageEn, String explanation) {

	static FindingView of(Finding finding, String explanation) {
		return new FindingView(FindingKeys.keyOf(finding), finding.rule().name(), finding.severity().name(),
				finding.cells(), finding.blankCells(), finding.expected(), finding.found(), finding.message(),
				finding.messageEn(), explanation);
	}

	boolean isError() {
		return "ERROR".equals(this.severity);
	}

}
