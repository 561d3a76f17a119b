package io.gongkai.report.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import io.gongkai.platform.problem.PlatformProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.template.TemplateFormat;

import org.springframework.stereotype.Component;

/**
 * Reports as other features of the service use them (the printed document, the exchange
 * format, the feed): reading a version under the access rules of the report API, starting
 * a report from a Java call under the same checks as {@code POST /api/reports}, and a
 * province's reports in the order of their lifecycle changes.
 */
@Component
public class Reports {

	private final ReportAccess access;

	private final ReportDrafts drafts;

	private final ReportFindings findings;

	private final ReportStore store;

	private final Validator validator;

	private final Clock clock;

	Reports(ReportAccess access, ReportDrafts drafts, ReportFindings findings, ReportStore store, Validator validator,
			Clock clock) {
		this.access = access;
		this.drafts = drafts;
		this.findings = findings;
		this.store = store;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * The report, if the caller may read it: in the caller's province, and for a reporter
	 * its own agency's; otherwise 404 {@code report-not-found} (403 {@code no-province}
	 * for a token without a province).
	 */
	public Report reachable(Caller caller, String id) {
		return this.access.reachable(caller, id);
	}

	/**
	 * One version by name, as {@code GET /api/reports/{id}/versions/{name}} reads it.
	 * @param name a number, {@code current} or {@code latest}
	 * @param parameter the request parameter that gave the name, for the problem
	 */
	public ReportVersion version(Report report, String name, String parameter) {
		return ReportHistoryController.versionOf(report, name, parameter);
	}

	/**
	 * Checks a new report as {@code POST /api/reports} does (fields, year, format,
	 * content), without storing anything.
	 * @return its format
	 * @throws ProblemException the problem create would answer
	 */
	public TemplateFormat check(NewReport report) {
		CreateReportRequest request = report.asRequest();
		Set<ConstraintViolation<CreateReportRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			List<Map<String, String>> errors = violations.stream()
				.sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
				.map((violation) -> Map.of("field", violation.getPropertyPath().toString(), "message",
						violation.getMessage()))
				.toList();
			throw new ProblemException(PlatformProblem.INVALID_FIELDS).with("errors", errors);
		}
		TemplateFormat format = ReportFormatChoice.checked(this.clock, request.year(), request.format());
		ContentChecks.checked(this.findings.template(), format, request.content());
		return format;
	}

	/**
	 * Starts a report as version 1, a draft, in the caller's province, after the checks
	 * of {@link #check}.
	 * @param agencyId the agency: a reporter's must be its own; a coordinator's is taken
	 * as an agency of its province
	 * @param reportId the new report's id; a retry with the same id finds its report
	 * @param note where the report came from, for its audit trail
	 * @throws ReportAlreadyExistsException when the agency has a report on the year
	 */
	public Report create(Caller caller, String agencyId, NewReport report, String reportId, String note) {
		return create(caller, agencyId, report, reportId, note, false);
	}

	/**
	 * Starts a report as {@link #create(Caller, String, NewReport, String, String)} does;
	 * with {@code accepted}, a coordinator's import of a report the agency already
	 * published, version 1 is accepted at once (audit action {@code imported}).
	 * @throws ProblemException 403 {@code not-your-agency} for a reporter's other agency,
	 * 403 {@code not-a-coordinator} when a reporter asks for an accepted report
	 */
	public Report create(Caller caller, String agencyId, NewReport report, String reportId, String note,
			boolean accepted) {
		caller.requireProvince();
		boolean coordinator = caller.has(Role.PROVINCIAL_COORDINATOR);
		if (!coordinator && !ReportAccess.reporterAgency(caller).equals(agencyId)) {
			throw new ProblemException(ReportProblem.NOT_YOUR_AGENCY);
		}
		if (accepted && !coordinator) {
			throw new ProblemException(ReportProblem.NOT_A_COORDINATOR);
		}
		TemplateFormat format = check(report);
		return this.drafts.create(caller, agencyId, report.asRequest(), format, reportId, note, report.origin(),
				accepted);
	}

	/** The agency's report on the year in the caller's province, if there is one. */
	public Optional<Report> ofAgencyAndYear(Caller caller, String agencyId, int year) {
		return this.store.findByAgencyAndYear(caller.requireProvince(), agencyId, year);
	}

	/**
	 * The province's reports whose last lifecycle change (created, submitted, returned,
	 * accepted, published, reopened, amended) took a feed number above {@code after}, in
	 * the order of those numbers, at most {@code max}: what the report feed serves to the
	 * platform's service account. No access rule applies here: the caller checks the
	 * role. A change taken after {@code settledBy} whose report is not yet written ends
	 * the list. Reports written before the feed existed are numbered on the way.
	 */
	public List<ReportChange> changedAfter(String provinceCode, long after, int max, Instant settledBy) {
		return this.store.changedAfter(provinceCode, after, max, settledBy);
	}

}
