package io.gongkai.report.report;

import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * A submission, with an explanation for each warning, keyed by the finding's key.
 */
record SubmitReportRequest(Map<String, @Size(max = 2000, message = "{submit.explanation.size}") String> explanations) {

	SubmitReportRequest {
		explanations = (explanations != null) ? explanations : Map.of();
	}

}
