package io.gongkai.tenant.agency.importing;

import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.platform.problem.ProblemException;

/**
 * The problems that stop a whole file from being read.
 */
final class ImportProblems {

	private ImportProblems() {
	}

	static ProblemException tooManyRows(ImportLimits limits) {
		return new ProblemException(TenantProblem.IMPORT_TOO_MANY_ROWS, limits.describeRows()).with("maxRows",
				limits.maxRows());
	}

	static ProblemException tooLarge(ImportLimits limits) {
		return new ProblemException(TenantProblem.IMPORT_TOO_LARGE, limits.describeSize()).with("maxBytes",
				limits.maxFileSize().toBytes());
	}

}
