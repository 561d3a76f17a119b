package io.gongkai.report.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator sends to review a report.
 */
final class ReviewRequests {

	private ReviewRequests() {
	}

	/** Sends a submitted version back to the agency with at least one comment. */
	record ReturnReport(@NotEmpty(message = "say what to correct: at least one comment") @Size(max = 200,
			message = "at most 200 comments") List<@Valid CommentRequest> comments) {

	}

	/**
	 * A comment on the whole report, a section, a cell or a catalogue figure.
	 *
	 * @param target {@code report}, {@code section}, {@code cell} or {@code metric}
	 * @param ref the section, cell or figure id; none for the report
	 */
	record CommentRequest(@NotBlank(message = "give the target: report, section, cell or metric") @Pattern(
			regexp = "report|section|cell|metric", message = "must be report, section, cell or metric") String target,
			String ref, @NotBlank(message = "write the comment") @Size(max = 4000,
					message = "at most 4000 characters") String text) {

	}

	/** Accepts a submitted version, with an optional note. */
	record AcceptReport(@Size(max = 4000, message = "at most 4000 characters") String note) {

	}

	/** Reopens an accepted or published version, saying why. */
	record ReopenReport(@NotBlank(message = "say why the report is reopened") @Size(max = 4000,
			message = "at most 4000 characters") String reason) {

	}

}
