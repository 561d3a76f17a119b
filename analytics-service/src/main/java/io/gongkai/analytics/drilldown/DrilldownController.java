package io.gongkai.analytics.drilldown;

import io.gongkai.analytics.access.FigureRequests;
import io.gongkai.analytics.access.FiguresAccess;
import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
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
 * A province's agencies on a figure.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
class DrilldownController {

	private final FigureCatalogue catalogue;

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final AgencyDrilldown drilldown;

	DrilldownController(FigureCatalogue catalogue, FigureRequests requests, FiguresAccess access,
			AgencyDrilldown drilldown) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.access = access;
		this.drilldown = drilldown;
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

}
