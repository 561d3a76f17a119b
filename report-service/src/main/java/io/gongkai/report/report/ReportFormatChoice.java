package io.gongkai.report.report;

import java.time.Clock;
import java.time.Year;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.template.ReportingCalendar;
import io.gongkai.report.template.TemplateFormat;

/**
 * The format a new report asks for, checked against the year it covers: no year after the
 * current one, a known format, and the format of that year's period.
 */
final class ReportFormatChoice {

	private ReportFormatChoice() {
	}

	static TemplateFormat checked(Clock clock, int year, String formatId) {
		int currentYear = Year.now(clock.withZone(ReportingCalendar.CHINA)).getValue();
		if (year > currentYear) {
			throw new ProblemException(ReportProblem.YEAR_IN_FUTURE, year, currentYear).with("field", "year");
		}
		TemplateFormat format = TemplateFormat.fromId(formatId)
			.orElseThrow(() -> new ProblemException(ReportProblem.INVALID_FORMAT, formatId).with("field", "format"));
		if (!format.fits(year)) {
			throw new ProblemException(ReportProblem.FORMAT_DOES_NOT_FIT_YEAR, year, TemplateFormat.forYear(year).id(),
					format.id())
				.with("field", "format");
		}
		return format;
	}

}
