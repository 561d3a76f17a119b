package io.gongkai.report.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongkai.report.report.AgencyKind;
import io.gongkai.report.report.Metric;
import io.gongkai.report.report.NewReport;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.textimport.ExtractionResult;

/**
 * The report a confirmed preview becomes: its year, format, agency, publication date and
 * original text, with the figures the agency did not reject (legacy) or the table cells
 * read from the text (template formats).
 */
final class PreviewReportRequest {

	private PreviewReportRequest() {
	}

	static NewReport of(ImportPreview preview, String kind) {
		ExtractionResult extraction = preview.extraction();
		boolean legacy = "legacy".equals(extraction.format().wireName());
		Map<String, Metric> metrics = null;
		Map<String, Long> cells = null;
		if (legacy) {
			metrics = new LinkedHashMap<>();
			for (Figure figure : preview.figures()) {
				if (figure.value() != null && !FigureDecisions.REJECTED.equals(figure.state())) {
					metrics.put(figure.metric(), new Metric(figure.value().longValue(), figure.qualifier()));
				}
			}
		}
		else if (extraction.cells() != null) {
			cells = new LinkedHashMap<>();
			for (Map.Entry<String, Number> cell : extraction.cells().entrySet()) {
				cells.put(cell.getKey(), (cell.getValue() != null) ? cell.getValue().longValue() : null);
			}
		}
		return new NewReport(extraction.year(), extraction.format().wireName(),
				(kind != null) ? AgencyKind.valueOf(kind) : null,
				new ReportContent(extraction.agencyName(), null,
						(extraction.publishedOn() != null) ? LocalDate.parse(extraction.publishedOn()) : null, null,
						preview.text(), metrics, null, cells));
	}

}
