package io.gongkai.report.report;

import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * An agency has exactly one current report per year.
 */
public class ReportAlreadyExistsException extends ProblemException {

	ReportAlreadyExistsException(String agencyId, int year) {
		super(HttpStatus.CONFLICT, "report-exists", "Report already exists", "Agency " + agencyId
				+ " already has a report for " + year + "; update that report instead of creating another.");
	}

}
