package io.gongkai.report.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.report.report.AgencyKind;
import io.gongkai.report.report.Metric;
import io.gongkai.report.report.ReportScope;
import io.gongkai.report.report.ReportStatus;

/**
 * A whole report in the exchange format {@code gongkai.report/v1}
 * ({@code exchange/gongkai.report.v1.schema.json}). The content fields are what an import
 * reads; {@code id}, {@code provinceCode}, {@code status}, {@code version},
 * {@code currentVersion}, {@code versions} and {@code exportedAt} are written on export
 * and ignored on import. An absent section, cell or figure is blank: not reported.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ExchangeDocument(String schemaVersion, String id, String provinceCode, Agency agency, Integer year,
		String format, AgencyKind kind, ReportScope scope, LocalDate publishedOn, Map<String, String> sections,
		Map<String, Long> cells, Map<String, Metric> metrics, String narrative, String originalText,
		ReportStatus status, Integer version, Integer currentVersion, List<VersionEntry> versions, Instant exportedAt) {

	/** The schema version this service writes and reads. */
	static final String V1 = "gongkai.report/v1";

	/**
	 * The agency the report is about.
	 *
	 * @param id its registry id: required in a bulk upload, optional (and then the
	 * reporter's own) in a reporter's import
	 * @param name its full name as printed on the report
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Agency(String id, String name) {

	}

	/** One version of the report, on export. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record VersionEntry(int number, ReportStatus status, Instant createdAt, Instant submittedAt, Instant decidedAt,
			Instant publishedAt) {

	}

}
