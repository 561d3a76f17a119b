package io.gongkai.report.report;

import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * A submission, with an explanation for each warning, keyed by the finding's key.
 */
record SubmitReportRequest(
		Map<String, @Size(max = 2000, message = "at most 2000 characters per explanation") String> explanations) {

	SubmitReportRequest {
		explanations = (explanations != null) ? explanations : Map.of();
	}

}
