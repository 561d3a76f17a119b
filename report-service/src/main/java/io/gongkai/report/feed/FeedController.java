package io.gongkai.report.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.platform.problem.PlatformProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.Reports;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.validation.MandatedSections;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A province's reports in the order of their lifecycle changes, for analytics-service's
 * national read model: read with the platform's service account, never by people. The
 * reader keeps {@code next} as its cursor; reading a page twice is harmless.
 */
@RestController
class FeedController {

	static final int MAX_LIMIT = 1000;

	private final Reports reports;

	private final ProvinceDatabases databases;

	private final FeedSettings settings;

	private final Clock clock;

	private final MandatedSections mandatedSections = new MandatedSections(ReportTemplate.national());

	FeedController(Reports reports, ProvinceDatabases databases, FeedSettings settings, Clock clock) {
		this.reports = reports;
		this.databases = databases;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/api/reports/provinces/{code}/feed")
	@PreAuthorize("hasRole('PLATFORM_SERVICE')")
	FeedPage feed(@PathVariable String code, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "500") int limit) {
		requireProvinceCode(code);
		if (after < 0) {
			throw invalid("after", "give 0 for the first page, then the 'next' of the page before");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw invalid("limit", "between 1 and " + MAX_LIMIT);
		}
		List<FeedEntry> found = this.reports.changedAfter(code, after, limit + 1, settledBy())
			.stream()
			.map((change) -> FeedEntry.of(change, this.mandatedSections))
			.toList();
		// settled as of now: includes the numbers given on the way to old reports
		return FeedPage.of(code, after, limit, found, settledBy());
	}

	private Instant settledBy() {
		return this.clock.instant().minus(this.settings.settleTime());
	}

	private void requireProvinceCode(String code) {
		try {
			this.databases.forProvince(code);
		}
		catch (IllegalArgumentException exception) {
			throw new ProblemException(ReportProblem.INVALID_PROVINCE, code);
		}
	}

	private static ProblemException invalid(String parameter, String message) {
		return new ProblemException(PlatformProblem.INVALID_PARAMETERS).with("errors",
				List.of(Map.of("field", parameter, "message", message)));
	}

}
