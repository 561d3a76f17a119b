package io.gongkai.report.report;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;

/**
 * An agency has exactly one current report per year.
 */
public class ReportAlreadyExistsException extends ProblemException {

	ReportAlreadyExistsException(String agencyId, int year) {
		super(ReportProblem.REPORT_EXISTS, agencyId, year);
	}

}
