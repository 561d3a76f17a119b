package io.gongkai.analytics.outliers;

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
 * Outliers on one year. A coordinator sees its own province's rows.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
class OutliersController {

	private final FigureCatalogue catalogue;

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final OutlierSearch outliers;

	OutliersController(FigureCatalogue catalogue, FigureRequests requests, FiguresAccess access,
			OutlierSearch outliers) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.access = access;
		this.outliers = outliers;
	}

	/**
	 * Provinces outside the national fences, jumps from the previous year and carry-over
	 * breaks, on one year.
	 */
	@GetMapping("/outliers")
	ResponseEntity<?> outliers(Caller caller, @RequestParam String figure, @RequestParam int year,
			@RequestParam(required = false) String format) {
		Visibility visibility = this.access.visibility(caller);
		Figure asked = this.requests.byProvinceOnly(this.catalogue.require(figure), false, "label.asked.outliers");
		int checkedYear = this.requests.year(year);
		ExportFormat exportFormat = this.requests.format(format);
		OutliersView view = this.outliers.outliers(asked, checkedYear, visibility);
		return exportFormat.answer(view, view::table);
	}

}
