package io.gongkai.analytics.figures.web;

import io.gongkai.analytics.figures.Figure;
import io.gongkai.analytics.figures.FigureCatalogue;
import io.gongkai.analytics.figures.query.ComparisonView;
import io.gongkai.analytics.figures.query.FigureComparison;
import io.gongkai.analytics.figures.query.FigureTrend;
import io.gongkai.analytics.figures.query.Grouping;
import io.gongkai.analytics.figures.query.OutlierSearch;
import io.gongkai.analytics.figures.query.OutliersView;
import io.gongkai.analytics.figures.query.TrendView;
import io.gongkai.analytics.figures.query.Visibility;
import io.gongkai.platform.security.Caller;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comparisons across provinces, levels and kinds of body, trends over the years, and
 * outliers. A coordinator sees its own province's rows and the national aggregates.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
class ComparisonController {

	private final FigureCatalogue catalogue;

	private final FigureRequests requests;

	private final FiguresAccess access;

	private final FigureComparison comparison;

	private final FigureTrend trend;

	private final OutlierSearch outliers;

	ComparisonController(FigureCatalogue catalogue, FigureRequests requests, FiguresAccess access,
			FigureComparison comparison, FigureTrend trend, OutlierSearch outliers) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.access = access;
		this.comparison = comparison;
		this.trend = trend;
		this.outliers = outliers;
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
