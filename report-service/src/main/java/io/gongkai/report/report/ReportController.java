package io.gongkai.report.report;

import io.gongkai.report.template.TemplateFormat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports of the caller's province. A reporter sees its own agency's reports, a
 * coordinator every report of the province; nobody reaches another province here.
 */
@RestController
@RequestMapping("/api/reports")
@Validated
class ReportController {

	private final ReportStore store;

	private final Clock clock;

	ReportController(ReportStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	ReportPage list(Caller caller, @RequestParam Optional<String> agency, @RequestParam Optional<Integer> year,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "pages start at 0") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "at least 1") @Max(value = 200,
					message = "at most 200 per page") int size) {
		Optional<String> visibleAgency = caller.has(Role.PROVINCIAL_COORDINATOR) ? agency : reporterAgency(caller);
		return this.store.list(caller.requireProvince(), new ReportQuery(visibleAgency, year, page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	ReportView get(Caller caller, @PathVariable String id) {
		return this.store.find(caller.requireProvince(), id)
			.filter((report) -> caller.has(Role.PROVINCIAL_COORDINATOR) || report.agencyId().equals(caller.agency()))
			.map(ReportView::of)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "report-not-found", "Report not found",
					"No report " + id + " that your account may read."));
	}

	@PostMapping
	@PreAuthorize("hasRole('AGENCY_REPORTER')")
	ResponseEntity<ReportView> create(Caller caller, @Valid @RequestBody CreateReportRequest request) {
		String agency = reporterAgency(caller).orElseThrow();
		TemplateFormat format = formatFor(request);
		for (String metric : request.metrics().keySet()) {
			if (!MetricCatalogue.IDS.contains(metric)) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-metric", "Unknown figure",
						"'" + metric + "' is not a catalogue figure; use one of " + MetricCatalogue.IDS + ".")
					.with("field", "metrics." + metric);
			}
		}
		Instant now = this.clock.instant();
		Report report = this.store.insert(new Report(UUID.randomUUID().toString(), caller.requireProvince(), agency,
				request.agencyName().trim(), request.year(), format, request.scope(), "draft", request.publishedOn(),
				request.metrics(), now, caller.username()));
		return ResponseEntity.created(URI.create("/api/reports/" + report.id())).body(ReportView.of(report));
	}

	private TemplateFormat formatFor(CreateReportRequest request) {
		int currentYear = Year.now(this.clock).getValue();
		if (request.year() > currentYear) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-year", "Year in the future",
					"A report covers a past or the current year; " + request.year() + " is after " + currentYear + ".")
				.with("field", "year");
		}
		TemplateFormat format = TemplateFormat.fromId(request.format())
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "invalid-format", "Unknown format",
					"'" + request.format() + "' is not a format; use legacy, template2019 or template2021.")
				.with("field", "format"));
		if (!format.fits(request.year())) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "format-does-not-fit-year",
					"Format does not fit the year", "A report on " + request.year() + " uses the format "
							+ TemplateFormat.forYear(request.year()).id() + ", not " + format.id() + ".")
				.with("field", "format");
		}
		return format;
	}

	/**
	 * A reporter reaches only its own agency; a reporter account without an agency
	 * reaches nothing.
	 */
	private static Optional<String> reporterAgency(Caller caller) {
		return Optional.of(caller.agencyId()
			.orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "no-agency", "No agency on this account",
					"Your reporter account is not attached to an agency; ask your provincial coordinator.")));
	}

}
