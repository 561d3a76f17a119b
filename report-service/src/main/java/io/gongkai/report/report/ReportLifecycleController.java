package io.gongkai.report.report;

import java.net.URI;

import jakarta.validation.Valid;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.idempotency.IdempotencyKeys;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving a report through its states: the agency submits and amends, the coordinator
 * returns, accepts, publishes and reopens. Each answers the report with its new ETag; an
 * {@code If-Match}, when sent, must match.
 */
@RestController
@RequestMapping("/api/reports/{id}")
class ReportLifecycleController {

	private final ReportAccess access;

	private final ReportSubmission submission;

	private final ReportReview review;

	private final ReportDrafts drafts;

	private final Preconditions preconditions;

	private final IdempotencyKeys idempotencyKeys;

	private final ReportAnswers answers;

	ReportLifecycleController(ReportAccess access, ReportSubmission submission, ReportReview review,
			ReportDrafts drafts, Preconditions preconditions, IdempotencyKeys idempotencyKeys, ReportAnswers answers) {
		this.access = access;
		this.submission = submission;
		this.review = review;
		this.drafts = drafts;
		this.preconditions = preconditions;
		this.idempotencyKeys = idempotencyKeys;
		this.answers = answers;
	}

	@PostMapping("/submit")
	@PreAuthorize("hasRole('AGENCY_REPORTER')")
	ResponseEntity<?> submit(Caller caller, @PathVariable String id,
			@Valid @RequestBody(required = false) SubmitReportRequest request,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		SubmitReportRequest body = (request != null) ? request : new SubmitReportRequest(null);
		String province = caller.requireProvince();
		this.access.reachable(caller, id);
		String fingerprint = "POST /api/reports/" + id + "/submit " + new java.util.TreeMap<>(body.explanations()) + " "
				+ ifMatch;
		return this.idempotencyKeys.once(province, caller.subject(), idempotencyKey, fingerprint, (operationId) -> {
			Report current = this.access.reachable(caller, id);
			if (!operationId.equals(current.latest().submissionKey())) {
				this.preconditions.check(province, current, ifMatch, false);
			}
			return this.answers.ok(caller, this.submission.submit(caller, current, body.explanations(), operationId));
		});
	}

	@PostMapping("/return")
	@PreAuthorize("hasRole('PROVINCIAL_COORDINATOR')")
	ResponseEntity<ReportView> returnToAgency(Caller caller, @PathVariable String id,
			@Valid @RequestBody ReviewRequests.ReturnReport request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Report before = checked(caller, id, ifMatch);
		return this.answers.ok(caller, this.review.returnToAgency(caller, before, request.comments()));
	}

	@PostMapping("/accept")
	@PreAuthorize("hasRole('PROVINCIAL_COORDINATOR')")
	ResponseEntity<ReportView> accept(Caller caller, @PathVariable String id,
			@Valid @RequestBody(required = false) ReviewRequests.AcceptReport request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Report before = checked(caller, id, ifMatch);
		String note = (request != null) ? request.note() : null;
		return this.answers.ok(caller, this.review.accept(caller, before, note));
	}

	@PostMapping("/publish")
	@PreAuthorize("hasRole('PROVINCIAL_COORDINATOR')")
	ResponseEntity<ReportView> publish(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Report before = checked(caller, id, ifMatch);
		return this.answers.ok(caller, this.review.publish(caller, before));
	}

	@PostMapping("/reopen")
	@PreAuthorize("hasRole('PROVINCIAL_COORDINATOR')")
	ResponseEntity<ReportView> reopen(Caller caller, @PathVariable String id,
			@Valid @RequestBody ReviewRequests.ReopenReport request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Report before = checked(caller, id, ifMatch);
		return this.answers.ok(caller, this.review.reopen(caller, before, request.reason()));
	}

	@PostMapping("/amendments")
	@PreAuthorize("hasRole('AGENCY_REPORTER')")
	ResponseEntity<ReportView> amend(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Report before = checked(caller, id, ifMatch);
		Report after = this.drafts.amend(caller, before);
		ResponseEntity<ReportView> answer = this.answers.ok(caller, after);
		return ResponseEntity.created(URI.create("/api/reports/" + id + "/versions/" + after.latest().number()))
			.headers(answer.getHeaders())
			.body(answer.getBody());
	}

	private Report checked(Caller caller, String id, String ifMatch) {
		Report report = this.access.reachable(caller, id);
		this.preconditions.check(caller.requireProvince(), report, ifMatch, false);
		return report;
	}

}
