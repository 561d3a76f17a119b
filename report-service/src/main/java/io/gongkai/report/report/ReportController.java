package io.gongkai.report.report;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.report.idempotency.IdempotencyKeys;
import io.gongkai.report.template.TemplateFormat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports of the caller's province: create, list, read, change. A reporter reaches its
 * own agency's reports, a coordinator every report of the province; nobody reaches
 * another province here.
 */
@RestController
@RequestMapping("/api/reports")
@Validated
class ReportController {

	private final ReportStore store;

	private final ReportAccess access;

	private final ReportDrafts drafts;

	private final ReportAnswers answers;

	private final Preconditions preconditions;

	private final IdempotencyKeys idempotencyKeys;

	private final ReportDiscard discard;

	private final Clock clock;

	private final ReportFindings findings;

	ReportController(ReportStore store, ReportAccess access, ReportDrafts drafts, ReportAnswers answers,
			Preconditions preconditions, IdempotencyKeys idempotencyKeys, ReportDiscard discard, Clock clock,
			ReportFindings findings) {
		this.findings = findings;
		this.discard = discard;
		this.store = store;
		this.access = access;
		this.drafts = drafts;
		this.answers = answers;
		this.preconditions = preconditions;
		this.idempotencyKeys = idempotencyKeys;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	ReportPage list(Caller caller, @RequestParam Optional<String> agency, @RequestParam Optional<Integer> year,
			@RequestParam Optional<ReportStatus> status, HttpServletRequest request,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "{size.min}") @Max(value = 200,
					message = "{size.max200}") int size) {
		String province = caller.requireProvince();
		Optional<String> visibleAgency = caller.has(Role.PROVINCIAL_COORDINATOR) ? agency
				: Optional.of(ReportAccess.reporterAgency(caller));
		return this.store.list(province, new ReportQuery(visibleAgency, year, status,
				ReportQuery.sortOf(request.getParameterValues("sort")), page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	ResponseEntity<ReportView> get(Caller caller, @PathVariable String id) {
		return this.answers.ok(caller, this.access.reachable(caller, id));
	}

	@GetMapping("/{id}/check")
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	SubmissionCheck check(Caller caller, @PathVariable String id) {
		Report report = this.access.reachable(caller, id);
		return SubmissionCheck.of(this.findings.beforeSubmission(caller.requireProvince(), report, report.latest()));
	}

	@PostMapping
	@PreAuthorize("hasRole('AGENCY_REPORTER')")
	ResponseEntity<?> create(Caller caller, @Valid @RequestBody CreateReportRequest request,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
		String province = caller.requireProvince();
		ReportAccess.reporterAgency(caller);
		TemplateFormat format = ReportFormatChoice.checked(this.clock, request.year(), request.format());
		String fingerprint = "POST /api/reports " + request.year() + " " + format.id() + " " + request.kind() + " "
				+ request.content();
		return this.idempotencyKeys.once(province, caller.subject(), idempotencyKey, fingerprint, (reportId) -> {
			Report report = this.drafts.create(caller, request, format, reportId);
			return this.answers.created(caller, report);
		});
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('AGENCY_REPORTER')")
	ResponseEntity<ReportView> update(Caller caller, @PathVariable String id,
			@Valid @RequestBody UpdateReportRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Report before = this.access.reachable(caller, id);
		this.preconditions.check(caller.requireProvince(), before, ifMatch, true);
		return this.answers.ok(caller, this.drafts.update(caller, before, request));
	}

	/**
	 * Discards a draft made by mistake: 204 when the whole report went (a draft never
	 * submitted), 200 with the report when an amendment draft went.
	 */
	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	ResponseEntity<ReportView> discard(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Report before = this.access.reachable(caller, id);
		this.preconditions.check(caller.requireProvince(), before, ifMatch, false);
		return this.discard.discard(caller, before)
			.map((after) -> this.answers.ok(caller, after))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
