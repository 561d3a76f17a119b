package io.gongkai.report.importing;

import java.util.Locale;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.report.textimport.TextImportException;

import org.springframework.http.HttpStatus;

/**
 * The problems text import answers with, each with a stable type and a detail that says
 * what to do.
 */
public final class ImportProblems {

	private ImportProblems() {
	}

	/** The problem for an upload the extractor cannot read. */
	public static ProblemException unreadable(String source, TextImportException exception) {
		ProblemException problem = switch (exception.reason()) {
			case EMPTY -> new ProblemException(HttpStatus.BAD_REQUEST, "empty-file", "Empty file",
					capitalised(exception.getMessage()) + ": upload the report's text, HTML page, PDF or .docx.");
			case TOO_LARGE -> new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
					capitalised(exception.getMessage()) + ": upload the report alone, without attachments.");
			case IMAGE -> new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "image-not-supported",
					"Image not supported", capitalised(exception.getMessage()) + ".");
			case UNSUPPORTED_FORMAT -> new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format",
					"Unsupported format", capitalised(exception.getMessage()) + ".");
			case NO_TEXT_LAYER -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "no-text-layer",
					"PDF without text", capitalised(exception.getMessage())
							+ ": upload the report's web page or the PDF as the agency published it with text.");
			case UNREADABLE -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file",
					"Unreadable file", capitalised(exception.getMessage()) + ".");
		};
		return problem.with("reason", exception.reason().name().toLowerCase(Locale.ROOT)).with("source", source);
	}

	/** A reporter account needs its agency to import. */
	public static String requireAgencyOfReporter(Caller caller) {
		if (caller.has(Role.PROVINCIAL_COORDINATOR)) {
			return null;
		}
		return caller.agencyId()
			.orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "no-agency", "No agency on this account",
					"Your reporter account is not attached to an agency; ask your provincial coordinator."));
	}

	private static String capitalised(String message) {
		return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}

}
