package io.gongkai.report.published;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongkai.report.document.OfficialDocuments;
import io.gongkai.report.glossary.FigureReading;
import io.gongkai.report.glossary.Glossary;
import io.gongkai.report.glossary.GlossaryEntry;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.report.TextEvidence;

import org.springframework.stereotype.Component;

/**
 * Every catalogue figure a published report states, with where a reader finds it: the
 * cells of the official document, and for a report read from its published text the
 * sentence the figure was read from (kept from the import as the upload preview showed
 * it, and only while the published text still says it there).
 */
@Component
class PublicFigures {

	static final String REPORT_PAGE = "/public/report.html";

	private final Glossary glossary;

	PublicFigures(Glossary glossary) {
		this.glossary = glossary;
	}

	List<PublicFigure> of(PublishedReport published) {
		ReportContent content = published.shown().content();
		List<PublicFigure> figures = new ArrayList<>();
		for (GlossaryEntry entry : this.glossary.entries()) {
			if (!entry.isFigure()) {
				continue;
			}
			Optional<FigureReading> reading = this.glossary.read(entry.id(), published.report().format(), content);
			if (reading.isEmpty()) {
				continue;
			}
			boolean legacy = !published.report().format().hasTables();
			List<String> cells = legacy ? List.of(OfficialDocuments.legacyFigureCell(entry.id()))
					: reading.get().cells();
			figures.add(new PublicFigure(entry.id(), entry.name(), entry.unit(), reading.get().value(),
					reading.get().qualifier(), reading.get().source(), cells,
					legacy ? evidence(published, entry.id()) : null, entry.link(), link(published.id(), entry.id())));
		}
		return figures;
	}

	private static PublicFigure.Evidence evidence(PublishedReport published, String figure) {
		if (published.report().origin() == null) {
			return null;
		}
		TextEvidence found = published.report().origin().evidence().get(figure);
		if (found == null || !found.isIn(published.shown().content().originalText())) {
			return null;
		}
		return new PublicFigure.Evidence(found.text(), found.start(), found.end(),
				OfficialDocuments.printedSpans(published.report(), published.shown(), found.start(), found.end()));
	}

	/** The report page opened at a figure's source. */
	static String link(String reportId, String figure) {
		return REPORT_PAGE + "?id=" + URLEncoder.encode(reportId, StandardCharsets.UTF_8) + "&figure="
				+ URLEncoder.encode(figure, StandardCharsets.UTF_8);
	}

}
