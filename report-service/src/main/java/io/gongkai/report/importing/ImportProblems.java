package io.gongkai.report.importing;

import java.util.Locale;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.textimport.TextImportException;

import org.springframework.context.MessageSourceResolvable;

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
			case EMPTY -> new ProblemException(ReportProblem.EMPTY_FILE, source);
			case TOO_LARGE -> new ProblemException(ReportProblem.FILE_TOO_LARGE, source);
			case IMAGE -> new ProblemException(ReportProblem.IMAGE_NOT_SUPPORTED, source);
			case UNSUPPORTED_FORMAT -> new ProblemException(ReportProblem.UNSUPPORTED_FORMAT, source);
			case NO_TEXT_LAYER -> new ProblemException(ReportProblem.NO_TEXT_LAYER, source);
			case UNREADABLE -> new ProblemException(ReportProblem.UNREADABLE_FILE, source, kindOf(source));
		};
		return problem.with("reason", exception.reason().name().toLowerCase(Locale.ROOT)).with("source", source);
	}

	/** The kind of file, as the details name it, from its name. */
	private static MessageSourceResolvable kindOf(String source) {
		String name = (source != null) ? source.toLowerCase(Locale.ROOT) : "";
		return ProblemMessages.label(name.endsWith(".pdf") ? "label.file.pdf"
				: name.endsWith(".docx") ? "label.file.docx" : "label.file.other");
	}

	/** A reporter account needs its agency to import. */
	public static String requireAgencyOfReporter(Caller caller) {
		if (caller.has(Role.PROVINCIAL_COORDINATOR)) {
			return null;
		}
		return caller.agencyId().orElseThrow(() -> new ProblemException(ReportProblem.NO_AGENCY));
	}

}
