package io.gongkai.report.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongkai.report.report.Metric;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.report.ReportScope;

/**
 * One published report as the public reads it: its last published version's content, and
 * when it was published and amended. Nothing of the work behind it (drafts, reviews,
 * explanations, the audit trail) is part of it.
 *
 * @param report whose it is and when it was published
 * @param scope the agency alone or with its subordinate bodies
 * @param publishedOn the day the agency published it, as the report states
 * @param sections section id to text (template formats)
 * @param cells cell id to figure (template formats)
 * @param nothingToReport the tables stated to have nothing to report
 * @param metrics the catalogue figures of a legacy report
 * @param narrative the text of a legacy report
 * @param figures every catalogue figure the report states, traced to where it was read
 */
record PublicReportView(PublicReportSummary report, ReportScope scope, LocalDate publishedOn,
		Map<String, String> sections, Map<String, Long> cells, List<String> nothingToReport,
		Map<String, Metric> metrics, String narrative, List<PublicFigure> figures) {

	static PublicReportView of(PublicReportSummary summary, PublishedReport published, List<PublicFigure> figures) {
		ReportContent content = published.shown().content();
		return new PublicReportView(summary, content.scope(), content.publishedOn(), content.sections(),
				content.cells(), content.nothingToReport().stream().map(Enum::name).sorted().toList(),
				content.metrics(), content.narrative(), figures);
	}

}
