package io.gongkai.report.report;

import java.time.Clock;
import java.time.Year;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.template.TemplateFormat;

import org.springframework.http.HttpStatus;

/**
 * The format a new report asks for, checked against the year it covers: no year after the
 * current one, a known format, and the format of that year's period.
 */
final class ReportFormatChoice {

	private ReportFormatChoice() {
	}

	static TemplateFormat checked(Clock clock, int year, String formatId) {
		int currentYear = Year.now(clock.withZone(ReportSubmission.CHINA)).getValue();
		if (year > currentYear) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-year", "Year in the future",
					"A report covers a past or the current year; " + year + " is after " + currentYear + ".")
				.with("field", "year");
		}
		TemplateFormat format = TemplateFormat.fromId(formatId)
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "invalid-format", "Unknown format",
					"'" + formatId + "' is not a format; use legacy, template2019 or template2021.")
				.with("field", "format"));
		if (!format.fits(year)) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "format-does-not-fit-year",
					"Format does not fit the year", "A report on " + year + " uses the format "
							+ TemplateFormat.forYear(year).id() + ", not " + format.id() + ".")
				.with("field", "format");
		}
		return format;
	}

}
