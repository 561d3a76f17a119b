package io.gongkai.report.template;

import java.time.Duration;

import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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

	private static ProblemException notFound(String format) {
		String detail = TemplateFormat.LEGACY.id().equals(format)
				? "Reports on 2008–2018 (legacy) have no template: they give the catalogue figures (metrics) of the "
						+ "report API and free text."
				: "'" + format + "' is not a template; use template2019 (reports on 2019–2020) or template2021 "
						+ "(2021 on).";
		return new ProblemException(HttpStatus.NOT_FOUND, "template-not-found", "No such template", detail)
			.with("field", "format");
	}

}
