package io.gongkai.report.template;

import java.time.Duration;
import java.util.List;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national template as data, for pages that lay a report out as it is printed. It
 * holds no data of any province, so any signed-in caller may read it.
 */
@RestController
class TemplateController {

	/** The template changes only with a new release; browsers may keep it for a while. */
	private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

	private final ReportTemplate template = ReportTemplate.national();

	private final MetricCatalogue catalogue = MetricCatalogue.national();

	/**
	 * The catalogue figures, the one list the pages name them from: what a legacy report
	 * gives instead of tables, and what the text import reads from any published text.
	 */
	@GetMapping("/api/reports/templates/metrics")
	ResponseEntity<CatalogueView> metrics() {
		return ResponseEntity.ok()
			.cacheControl(CACHING)
			.body(new CatalogueView(this.catalogue.qualifiers(), this.catalogue.metrics()));
	}

	/**
	 * @param format {@code template2019} or {@code template2021}; a legacy report
	 * (2008–2018) has no template, only the catalogue figures of the report API
	 */
	@GetMapping("/api/reports/templates/{format}")
	ResponseEntity<TemplateView> template(@PathVariable String format) {
		TemplateFormat known = TemplateFormat.fromId(format)
			.filter(TemplateFormat::hasTables)
			.orElseThrow(() -> notFound(format));
		return ResponseEntity.ok().cacheControl(CACHING).body(TemplateView.of(this.template.format(known)));
	}

	/**
	 * The catalogue figures as served.
	 *
	 * @param qualifiers how exactly a figure may be stated ({@code exact},
	 * {@code at_least}, {@code approx})
	 * @param metrics every figure in printed order: id, name and label in Chinese and
	 * English, unit, what it counts
	 */
	record CatalogueView(List<String> qualifiers, List<MetricCatalogue.CatalogueMetric> metrics) {

	}

	private static ProblemException notFound(String format) {
		return new ProblemException(TemplateFormat.LEGACY.id().equals(format) ? ReportProblem.NO_LEGACY_TEMPLATE
				: ReportProblem.TEMPLATE_NOT_FOUND, format)
			.with("field", "format");
	}

}
