package io.gongkai.analytics.trend;

import io.gongkai.analytics.access.FigureRequests;
import io.gongkai.analytics.access.FiguresAccess;
import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
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
 * Trends over the years. A coordinator sees its own province's and the nation's.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
class TrendController {

	private final FigureCatalogue catalogue;

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final FigureTrend trend;

	TrendController(FigureCatalogue catalogue, FigureRequests requests, FiguresAccess access, FigureTrend trend) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.access = access;
		this.trend = trend;
	}

	/**
	 * One figure year by year for a province, or for the nation without {@code province}.
	 */
	@GetMapping("/trend")
	ResponseEntity<?> trend(Caller caller, @RequestParam String figure, @RequestParam(required = false) String province,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) String format) {
		Visibility visibility = this.access.visibility(caller);
		Figure asked = this.catalogue.require(figure);
		int[] years = this.requests.years(from, to);
		ExportFormat exportFormat = this.requests.format(format);
		String of = null;
		if (province != null && !province.isBlank()) {
			of = this.requests.province(province);
			this.access.requireVisible(visibility, of);
		}
		TrendView view = this.trend.trend(asked, of, years[0], years[1], visibility);
		return exportFormat.answer(view, view::table);
	}

}
