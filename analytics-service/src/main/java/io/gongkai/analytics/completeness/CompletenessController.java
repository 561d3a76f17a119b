package io.gongkai.analytics.completeness;

import io.gongkai.analytics.access.FigureRequests;
import io.gongkai.analytics.access.FiguresAccess;
import io.gongkai.analytics.export.ExportFormat;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who reported (and when), province by province.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
class CompletenessController {

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final ReportingCompleteness completeness;

	CompletenessController(FigureRequests requests, FiguresAccess access, ReportingCompleteness completeness) {
		this.requests = requests;
		this.access = access;
		this.completeness = completeness;
	}

	/**
	 * Expected, reported, pending, on time and late, per province and year.
	 */
	@GetMapping("/completeness")
	ResponseEntity<?> completeness(Caller caller, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) String format) {
		Visibility visibility = this.access.visibility(caller);
		int[] years = this.requests.years(from, to);
		ExportFormat exportFormat = this.requests.format(format);
		CompletenessView view = this.completeness.completeness(years[0], years[1], visibility);
		return exportFormat.answer(view, view::table);
	}

}
