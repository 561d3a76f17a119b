package io.gongkai.report.report;

import io.gongkai.report.problem.ReportProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Finds a report the caller may reach: in the caller's province's database only, and for
 * a reporter only its own agency's. Anything else is "not found", so that nobody learns
 * whether another agency's report exists.
 */
@Component
class ReportAccess {

	private final ReportStore store;

	ReportAccess(ReportStore store) {
		this.store = store;
	}

	Report reachable(Caller caller, String id) {
		String province = caller.requireProvince();
		boolean coordinator = caller.has(Role.PROVINCIAL_COORDINATOR);
		String agency = coordinator ? null : reporterAgency(caller);
		return this.store.find(province, id)
			.filter((report) -> coordinator || report.agencyId().equals(agency))
			.orElseThrow(() -> notFound(id));
	}

	static ProblemException notFound(String id) {
		return new ProblemException(ReportProblem.REPORT_NOT_FOUND, id);
	}

	/**
	 * The reporter's agency; a reporter account without an agency reaches nothing.
	 */
	static String reporterAgency(Caller caller) {
		return caller.agencyId().orElseThrow(() -> new ProblemException(ReportProblem.NO_AGENCY));
	}

	static String roleOf(Caller caller) {
		return caller.has(Role.PROVINCIAL_COORDINATOR) ? Role.PROVINCIAL_COORDINATOR.claimValue()
				: Role.AGENCY_REPORTER.claimValue();
	}

}
