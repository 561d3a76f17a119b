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
	record ReturnReport(@NotEmpty(message = "{review.comments.required}") @Size(max = 200,
			message = "{review.comments.size}") List<@Valid CommentRequest> comments) {

	}

	/**
	 * A comment on the whole report, a section, a cell or a catalogue figure.
	 *
	 * @param target {@code report}, {@code section}, {@code cell} or {@code metric}
	 * @param ref the section, cell or figure id; none for the report
	 */
	record CommentRequest(
			@NotBlank(message = "{review.target.required}") @Pattern(regexp = "report|section|cell|metric",
					message = "{review.target.pattern}") String target,
			String ref, @NotBlank(message = "{review.text.required}") @Size(max = 4000,
					message = "{review.text.size}") String text) {

	}

	/** Accepts a submitted version, with an optional note. */
	record AcceptReport(@Size(max = 4000, message = "{review.note.size}") String note) {

	}

	/** Reopens an accepted or published version, saying why. */
	record ReopenReport(@NotBlank(message = "{review.reason.required}") @Size(max = 4000,
			message = "{review.reason.size}") String reason) {

	}

}
