package io.gongkai.analytics.comparison;

import io.gongkai.analytics.access.FigureRequests;
import io.gongkai.analytics.access.FiguresAccess;
import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.export.ExportFormat;
import io.gongkai.analytics.nation.Grouping;
import io.gongkai.analytics.nation.Visibility;

import io.gongkai.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comparisons across provinces, levels and kinds of body. A coordinator sees its own
 * province's rows and the national aggregates.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
class ComparisonController {

	private final FigureCatalogue catalogue;

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final FigureComparison comparison;

	ComparisonController(FigureCatalogue catalogue, FigureRequests requests, FiguresAccess access,
			FigureComparison comparison) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.access = access;
		this.comparison = comparison;
	}

	/**
	 * One figure on one year by province, level or kind of body, with national total,
	 * quartiles and ranking; {@code province} limits level and kind rows to one province.
	 */
	@GetMapping("/comparison")
	ResponseEntity<?> comparison(Caller caller, @RequestParam String figure, @RequestParam int year,
			@RequestParam(defaultValue = "province") String by, @RequestParam(required = false) String province,
			@RequestParam(required = false) String format) {
		Visibility visibility = this.access.visibility(caller);
		Figure asked = this.catalogue.require(figure);
		int checkedYear = this.requests.year(year);
		Grouping grouping = this.requests.grouping(by);
		this.requests.byProvinceOnly(asked, grouping == Grouping.province, "by=" + grouping);
		ExportFormat exportFormat = this.requests.format(format);
		String limitedTo = null;
		if (province != null && !province.isBlank()) {
			limitedTo = this.requests.province(province);
			this.access.requireVisible(visibility, limitedTo);
		}
		ComparisonView view = this.comparison.compare(asked, checkedYear, grouping, limitedTo, visibility);
		return exportFormat.answer(view, view::table);
	}

}
