package io.gongkai.report.glossary;

import java.time.Duration;
import java.util.List;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The glossary, open to everyone: what each figure and rate counts, its unit, where each
 * template version states it and whether versions compare. Chinese, English with
 * {@code Accept-Language: en}. It changes only with a new release, so it is cached for a
 * day.
 */
@RestController
@Tag(name = "public", description = "Published reports, open to everyone without signing in")
class GlossaryController {

	private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final Glossary glossary;

	GlossaryController(Glossary glossary) {
		this.glossary = glossary;
	}

	@Operation(summary = "Every figure and rate: what it counts, its unit, its source in each template version")
	@GetMapping("/api/public/glossary")
	ResponseEntity<List<GlossaryEntry>> glossary() {
		return ResponseEntity.ok()
			.cacheControl(CACHING)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(this.glossary.entries());
	}

	@Operation(summary = "One figure or rate of the glossary")
	@GetMapping("/api/public/glossary/{id}")
	ResponseEntity<GlossaryEntry> entry(@PathVariable String id) {
		GlossaryEntry entry = this.glossary.entry(id)
			.orElseThrow(() -> new ProblemException(ReportProblem.GLOSSARY_ENTRY_NOT_FOUND, id));
		return ResponseEntity.ok()
			.cacheControl(CACHING)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(entry);
	}

}
