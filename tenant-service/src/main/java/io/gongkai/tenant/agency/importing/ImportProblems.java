package io.gongkai.tenant.agency.importing;

import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The problems that stop a whole file from being read.
 */
final class ImportProblems {

	private ImportProblems() {
	}

	static ProblemException tooManyRows(ImportLimits limits) {
		return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "import-too-many-rows", "Too many rows",
				"The file has more than " + limits.describeRows()
						+ " rows, the most one import takes; split it into files of at most " + limits.describeRows()
						+ " rows.")
			.with("maxRows", limits.maxRows());
	}

	static ProblemException tooLarge(ImportLimits limits) {
		return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", "File too large",
				"The file is larger than " + limits.describeSize()
						+ ", the most one import takes; split it into smaller files.")
			.with("maxBytes", limits.maxFileSize().toBytes());
	}

	static ProblemException malformedCsv(String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "malformed-csv", "Malformed CSV file", detail);
	}

	static ProblemException malformedXlsx(String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "malformed-xlsx", "Malformed XLSX file", detail);
	}

	static ProblemException unsupportedEncoding(String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "unsupported-encoding", "Unsupported encoding", detail);
	}

	static ProblemException unsupportedFormat(String detail) {
		return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format", "Unsupported file format",
				detail);
	}

	static ProblemException badHeader(String type, String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, type, "Header not recognised", detail);
	}

}
