package io.gongkai.analytics.myagency;

import io.gongkai.analytics.access.FigureRequests;
import io.gongkai.analytics.access.FiguresAccess;

import io.gongkai.analytics.problem.AnalyticsProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency reporter's own agency against its province's and the nation's medians: the
 * only figures a reporter sees. The agency and province come from the token, never from
 * the request.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasRole('AGENCY_REPORTER')")
class MyAgencyController {

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final AgencyBenchmark benchmark;

	MyAgencyController(FigureRequests requests, FiguresAccess access, AgencyBenchmark benchmark) {
		this.requests = requests;
		this.access = access;
		this.benchmark = benchmark;
	}

	/**
	 * Every figure of the caller's agency on a year (by default the latest it reported
	 * on), with its province's and the nation's medians over reports of the same scope.
	 */
	@GetMapping("/my-agency")
	MyAgencyView myAgency(Caller caller, @RequestParam(required = false) Integer year) {
		this.access.ready();
		String province = caller.requireProvince();
		String agency = caller.agencyId().orElseThrow(() -> new ProblemException(AnalyticsProblem.NO_AGENCY));
		Integer asked = (year != null) ? Integer.valueOf(this.requests.year(year))
				: this.benchmark.latestYear(province, agency);
		if (asked == null) {
			throw new ProblemException(AnalyticsProblem.YEAR_REQUIRED);
		}
		return this.benchmark.agency(province, agency, asked);
	}

}
