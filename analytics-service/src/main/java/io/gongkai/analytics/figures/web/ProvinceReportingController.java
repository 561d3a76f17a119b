package io.gongkai.analytics.figures.web;

import io.gongkai.analytics.figures.Figure;
import io.gongkai.analytics.figures.FigureCatalogue;
import io.gongkai.analytics.figures.query.AgencyDrilldown;
import io.gongkai.analytics.figures.query.CompletenessView;
import io.gongkai.analytics.figures.query.DrilldownView;
import io.gongkai.analytics.figures.query.ReportingCompleteness;
import io.gongkai.analytics.figures.query.Visibility;
import io.gongkai.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A province's agencies on a figure, and who reported (and when) province by province.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
class ProvinceReportingController {

	private final FigureCatalogue catalogue;

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final AgencyDrilldown drilldown;

	private final ReportingCompleteness completeness;

	ProvinceReportingController(FigureCatalogue catalogue, FigureRequests requests, FiguresAccess access,
			AgencyDrilldown drilldown, ReportingCompleteness completeness) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.access = access;
		this.drilldown = drilldown;
		this.completeness = completeness;
	}

	/**
	 * Every report of a province on a year with its value of one figure, the province's
	 * and the nation's totals and quartiles, and the agencies that have not reported.
	 */
	@GetMapping("/provinces/{code}/agencies")
	ResponseEntity<?> agencies(Caller caller, @PathVariable String code, @RequestParam String figure,
			@RequestParam int year, @RequestParam(required = false) String format) {
		Visibility visibility = this.access.visibility(caller);
		String province = this.requests.province(code);
		this.access.requireVisible(visibility, province);
		Figure asked = this.requests.byProvinceOnly(this.catalogue.require(figure), false, "label.asked.agency");
		DrilldownView view = this.drilldown.agencies(asked, this.requests.year(year), province, visibility);
		return this.requests.format(format).answer(view, view::table);
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
