package io.gongkai.report.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.gongkai.platform.problem.JsonProblems;
import io.gongkai.platform.problem.PlatformProblem;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.platform.problem.StrictJson;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.report.NewReport;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.report.ReportVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;

/**
 * Reports to and from {@code gongkai.report/v1}: the export of a report version, and the
 * reading of a document, strictly (an unknown field is refused, so a misspelt
 * {@code cels} is not silently blank), with the schema version checked first, so that a
 * document of another version is refused as such rather than for its fields.
 */
final class ExchangeDocuments {

	/** The registry's agency ids (tenant-service {@code AgencyRequest}), or UUIDs. */
	static final Pattern AGENCY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,63}");

	private static final JsonMapper STRICT = StrictJson.strict(JsonMapper.builder())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ExchangeDocuments() {
	}

	/** The report with the content of one of its versions. */
	static ExchangeDocument export(String provinceCode, Report report, ReportVersion version, Instant now) {
		ReportContent content = version.content();
		List<ExchangeDocument.VersionEntry> versions = report.versions()
			.stream()
			.map((v) -> new ExchangeDocument.VersionEntry(v.number(), v.status(), v.createdAt(), v.submittedAt(),
					v.decidedAt(), v.publishedAt()))
			.toList();
		return new ExchangeDocument(ExchangeDocument.V1, report.id(), provinceCode,
				new ExchangeDocument.Agency(report.agencyId(), content.agencyName()), report.year(),
				report.format().id(), report.kind(), content.scope(), content.publishedOn(), content.sections(),
				content.cells(), content.metrics(), content.narrative(), content.originalText(), report.status(),
				version.number(), report.currentVersion(), versions, now);
	}

	/**
	 * Reads one document.
	 * @throws ProblemException 422 {@code unsupported-schema-version} naming the version
	 * for another schema version; 400 for a missing one or a field of the wrong shape
	 */
	static ExchangeDocument read(JsonNode node) {
		if (node == null || !node.isObject()) {
			throw new ProblemException(ReportProblem.DOCUMENT_NOT_AN_OBJECT, ExchangeDocument.V1);
		}
		JsonNode schemaVersion = node.get("schemaVersion");
		if (schemaVersion == null || schemaVersion.isNull()) {
			throw invalid("schemaVersion",
					ProblemMessages.text("exchange.schemaVersion.required", ExchangeDocument.V1));
		}
		if (!schemaVersion.isString() || !ExchangeDocument.V1.equals(schemaVersion.asString())) {
			String named = schemaVersion.isString() ? schemaVersion.asString() : schemaVersion.toString();
			throw new ProblemException(ReportProblem.UNSUPPORTED_SCHEMA_VERSION, named, ExchangeDocument.V1)
				.with("field", "schemaVersion")
				.with("schemaVersion", named)
				.with("supported", List.of(ExchangeDocument.V1));
		}
		try {
			return STRICT.treeToValue(node, ExchangeDocument.class);
		}
		catch (JacksonException exception) {
			ProblemDetail problem = JsonProblems.of(exception, ReportProblem.MALFORMED_DOCUMENT);
			throw new ProblemException(problem);
		}
	}

	/** What the document asks to create, for the checks of {@code POST /api/reports}. */
	static NewReport newReport(ExchangeDocument document) {
		ExchangeDocument.Agency agency = document.agency();
		ReportContent content = new ReportContent((agency != null) ? agency.name() : null, document.scope(),
				document.publishedOn(), document.narrative(), document.originalText(), document.metrics(),
				document.sections(), document.cells());
		return new NewReport(document.year(), document.format(), document.kind(), content);
	}

	/** The agency id a document names, or {@code null}. */
	static String agencyId(ExchangeDocument document) {
		return (document.agency() != null) ? document.agency().id() : null;
	}

	/**
	 * Names fields as this format does ({@code agency.name} where {@code POST
	 * /api/reports} says {@code agencyName}).
	 */
	static ProblemException inExchangeTerms(ProblemException exception) {
		ProblemDetail problem = exception.getBody();
		Map<String, Object> properties = problem.getProperties();
		if (properties == null) {
			return exception;
		}
		if ("agencyName".equals(properties.get("field"))) {
			problem.setProperty("field", "agency.name");
		}
		if (properties.get("errors") instanceof List<?> errors) {
			List<Map<String, Object>> renamed = new ArrayList<>();
			for (Object error : errors) {
				if (error instanceof Map<?, ?> map) {
					Map<String, Object> copy = new LinkedHashMap<>();
					map.forEach((key, value) -> copy.put(String.valueOf(key),
							("field".equals(key) && "agencyName".equals(value)) ? "agency.name" : value));
					renamed.add(copy);
				}
			}
			problem.setProperty("errors", renamed);
		}
		return exception;
	}

	static ProblemException invalid(String field, String message) {
		return new ProblemException(PlatformProblem.INVALID_FIELDS).with("errors",
				List.of(Map.of("field", field, "message", message)));
	}

}
