package io.gongkai.report.importing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.report.report.AgencyKind;
import io.gongkai.report.report.Metric;
import io.gongkai.report.report.NewReport;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.report.ReportOrigin;
import io.gongkai.report.report.TextEvidence;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;
import io.gongkai.report.textimport.ExtractionResult;

/**
 * The report a preview becomes: the format its year requires by law, its agency,
 * publication date and original text, every figure the agency did not reject (as read, or
 * as corrected) with the sentence it was read from, every table cell read from the text,
 * and where it came from. Nothing the preview shows is left out: a cell the format has no
 * place for is named by {@link #cellsNotInFormat} before the draft is made.
 */
final class PreviewReportRequest {

	private PreviewReportRequest() {
	}

	static NewReport of(ImportPreview preview, String kind, String agencyName, String origin, String originId) {
		return of(preview.extraction(), preview.figures(), preview.text(), kind, agencyName,
				new ReportOrigin(preview.extraction().source(), origin, originId, preview.createdAt(),
						publishedOn(preview.extraction())));
	}

	static NewReport of(ExtractionResult extraction, List<Figure> figures, String text, String kind, String agencyName,
			ReportOrigin origin) {
		TemplateFormat format = format(extraction);
		Map<String, Metric> metrics = new LinkedHashMap<>();
		Map<String, TextEvidence> evidence = new LinkedHashMap<>();
		for (Figure figure : figures) {
			if (figure.value() != null && !FigureDecisions.REJECTED.equals(figure.state())) {
				metrics.put(figure.metric(), new Metric(whole(figure.value()), figure.qualifier()));
				if (figure.evidence() != null && figure.start() != null && figure.end() != null) {
					evidence.put(figure.metric(), new TextEvidence(figure.evidence(), figure.start(), figure.end()));
				}
			}
		}
		Map<String, Long> cells = new LinkedHashMap<>();
		if (format.hasTables()) {
			extraction.cells().forEach((id, value) -> cells.put(id, (value != null) ? whole(value) : null));
		}
		return new NewReport(extraction.year(), format.id(), (kind != null) ? AgencyKind.valueOf(kind) : null,
				new ReportContent(agencyName, null, publishedOn(extraction), null, text, metrics, null, cells),
				(origin != null) ? origin.withEvidence(evidence) : null);
	}

	/** A figure or a cell as a report keeps it: whole, a fraction rounded half up. */
	static long whole(Number value) {
		if (value instanceof Double || value instanceof Float) {
			return java.math.BigDecimal.valueOf(value.doubleValue())
				.setScale(0, java.math.RoundingMode.HALF_UP)
				.longValueExact();
		}
		return (value instanceof java.math.BigDecimal decimal)
				? decimal.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact() : value.longValue();
	}

	/** The format the report's year requires by law, whatever layout the text kept. */
	static TemplateFormat format(ExtractionResult extraction) {
		return TemplateFormat.forYear(extraction.year());
	}

	/**
	 * The table cells read from the text that the format of the report's year has no
	 * place for (a legacy year, or a row of the other template), sorted.
	 */
	static List<String> cellsNotInFormat(ExtractionResult extraction) {
		if (extraction.year() == null || extraction.cells().isEmpty()) {
			return List.of();
		}
		TemplateFormat format = format(extraction);
		if (!format.hasTables()) {
			return extraction.cells().keySet().stream().sorted().toList();
		}
		var known = ReportTemplate.national().format(format).cells();
		return extraction.cells().keySet().stream().filter((id) -> !known.containsKey(id)).sorted().toList();
	}

	private static LocalDate publishedOn(ExtractionResult extraction) {
		return (extraction.publishedOn() != null) ? LocalDate.parse(extraction.publishedOn()) : null;
	}

}
