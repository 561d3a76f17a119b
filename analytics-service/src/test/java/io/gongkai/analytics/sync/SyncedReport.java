package io.gongkai.analytics.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;

/**
 * A report as the national read model holds it (collection {@code analytics_reports}, one
 * document per report, {@code _id} = report id): its latest state and the figures of its
 * latest accepted or published version.
 *
 * @param reportId the report's id
 * @param province six-digit code of its province
 * @param agencyId the reporting agency
 * @param agencyName the agency's name when the report last changed
 * @param year the year reported on
 * @param format {@code legacy}, {@code template2019} or {@code template2021}
 * @param scope {@code own} or {@code aggregate}
 * @param agencyKind {@code government} or {@code department}
 * @param status current lifecycle state ({@code draft}, {@code submitted},
 * {@code returned}, {@code accepted}, {@code published}, ...)
 * @param deadline the deadline of its period, or {@code null}
 * @param firstSubmittedOn the day (China time) it was first submitted, or {@code null}
 * before its first submission
 * @param onTime whether it was first submitted on or before the deadline, or {@code null}
 * before its first submission
 * @param figuresVersion version whose figures {@code metrics} and {@code cells} are, or
 * {@code null} while no version was accepted
 * @param figuresStatus state of that version, or {@code null}
 * @param metrics catalogue figures by id (empty while there are none)
 * @param cells template table cells by id (empty while there are none)
 * @param seq the report's feed sequence number when it was last brought in
 * @param syncedAt when it was last brought in
 */
public record SyncedReport(String reportId, String province, String agencyId, String agencyName, int year,
		String format, String scope, String agencyKind, String status, LocalDate deadline, LocalDate firstSubmittedOn,
		Boolean onTime, Integer figuresVersion, String figuresStatus, Map<String, Metric> metrics,
		Map<String, Long> cells, long seq, Instant syncedAt) {

	public SyncedReport {
		metrics = (metrics != null) ? Collections.unmodifiableMap(metrics) : Map.of();
		cells = (cells != null) ? Collections.unmodifiableMap(cells) : Map.of();
	}

	/**
	 * Whether the report has accepted or published figures.
	 */
	public boolean hasFigures() {
		return this.figuresVersion != null;
	}

	static SyncedReport from(Document document) {
		Map<String, Metric> metrics = new LinkedHashMap<>();
		Document storedMetrics = document.get("metrics", Document.class);
		if (storedMetrics != null) {
			storedMetrics.forEach((id, metric) -> {
				Document fields = (Document) metric;
				metrics.put(id, new Metric(longOrNull(fields.get("value")), fields.getString("qualifier")));
			});
		}
		Map<String, Long> cells = new LinkedHashMap<>();
		Document storedCells = document.get("cells", Document.class);
		if (storedCells != null) {
			storedCells.forEach((id, value) -> cells.put(id, longOrNull(value)));
		}
		return new SyncedReport(document.getString("_id"), document.getString("province"),
				document.getString("agencyId"), document.getString("agencyName"),
				((Number) document.get("year")).intValue(), document.getString("format"), document.getString("scope"),
				document.getString("agencyKind"), document.getString("status"), date(document.getString("deadline")),
				date(document.getString("firstSubmittedOn")), document.getBoolean("onTime"),
				intOrNull(document.get("figuresVersion")), document.getString("figuresStatus"), metrics, cells,
				((Number) document.get("seq")).longValue(), instant(document.getDate("syncedAt")));
	}

	private static Long longOrNull(Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

	private static Integer intOrNull(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private static LocalDate date(String isoDate) {
		return (isoDate != null) ? LocalDate.parse(isoDate) : null;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	/**
	 * One catalogue figure.
	 *
	 * @param value the figure
	 * @param qualifier {@code exact}, {@code at_least} or {@code approx}
	 */
	public record Metric(Long value, String qualifier) {

	}

}
