package io.gongkai.report.exchange;

import java.time.Instant;

import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportVersion;

/** A report version in {@code gongkai.report/v1}, for whoever serves it. */
public final class ExchangeExports {

	private ExchangeExports() {
	}

	/**
	 * The report with the content of one of its versions, as {@code GET
	 * /api/reports/{id}/export} answers it.
	 * @param exportedAt the time the document says it was written
	 */
	public static Object export(String provinceCode, Report report, ReportVersion version, Instant exportedAt) {
		return ExchangeDocuments.export(provinceCode, report, version, exportedAt);
	}

}
