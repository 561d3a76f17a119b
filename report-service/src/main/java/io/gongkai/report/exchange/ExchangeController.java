package io.gongkai.report.exchange;

import java.net.URI;
import java.time.Clock;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.report.idempotency.IdempotencyKeys;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportAnswers;
import io.gongkai.report.report.ReportVersion;
import io.gongkai.report.report.Reports;
import io.gongkai.report.template.MetricCatalogue;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A whole report in {@code gongkai.report/v1}: its export, the import of one document as
 * the reporter's draft, and the format's JSON Schema.
 */
@RestController
class ExchangeController {

	static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

	private final Reports reports;

	private final ReportAnswers answers;

	private final IdempotencyKeys idempotencyKeys;

	private final Clock clock;

	private final byte[] schema = ExchangeSchema.generate(MetricCatalogue.national());

	ExchangeController(Reports reports, ReportAnswers answers, IdempotencyKeys idempotencyKeys, Clock clock) {
		this.reports = reports;
		this.answers = answers;
		this.idempotencyKeys = idempotencyKeys;
		this.clock = clock;
	}

	/**
	 * @param version the version whose content is exported: a number, {@code current} or
	 * {@code latest} (the default: the one shown by {@code GET /api/reports/{id}})
	 */
	@GetMapping("/api/reports/{id}/export")
	@PreAuthorize("hasAnyRole('AGENCY_REPORTER', 'PROVINCIAL_COORDINATOR')")
	ExchangeDocument export(Caller caller, @PathVariable String id,
			@RequestParam(defaultValue = "latest") String version) {
		Report report = this.reports.reachable(caller, id);
		ReportVersion chosen = this.reports.version(report, version, "version");
		return ExchangeDocuments.export(caller.requireProvince(), report, chosen, this.clock.instant());
	}

	/**
	 * Starts the reporter's report from a document, as {@code POST /api/reports} would:
	 * 201 with the report, its findings, {@code Location} and {@code ETag}.
	 * {@code Idempotency-Key} honoured.
	 */
	@PostMapping(path = "/api/reports/exchange", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('AGENCY_REPORTER')")
	ResponseEntity<?> importDocument(Caller caller, @RequestBody JsonNode body,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
		String province = caller.requireProvince();
		String agency = caller.agencyId().orElseThrow(() -> new ProblemException(ReportProblem.NO_AGENCY));
		ExchangeDocument document = ExchangeDocuments.read(body);
		String named = ExchangeDocuments.agencyId(document);
		if (named != null && !named.equals(agency)) {
			throw new ProblemException(ReportProblem.AGENCY_MISMATCH, named, agency).with("field", "agency.id");
		}
		String fingerprint = "POST /api/reports/exchange " + body;
		return this.idempotencyKeys.once(province, caller.subject(), idempotencyKey, fingerprint, (reportId) -> {
			try {
				Report report = this.reports.create(caller, agency, ExchangeDocuments.newReport(document), reportId,
						"imported from " + ExchangeDocument.V1);
				return this.answers.created(caller, report);
			}
			catch (ProblemException problem) {
				throw ExchangeDocuments.inExchangeTerms(problem);
			}
		});
	}

	/** The JSON Schema of {@code gongkai.report/v1}; it holds no data of any province. */
	@GetMapping("/api/reports/exchange/schema")
	ResponseEntity<byte[]> schema() {
		return ResponseEntity.ok()
			.contentType(SCHEMA_JSON)
			.location(URI.create("https://gongkai.io/schemas/gongkai.report.v1.schema.json"))
			.body(this.schema);
	}

}
