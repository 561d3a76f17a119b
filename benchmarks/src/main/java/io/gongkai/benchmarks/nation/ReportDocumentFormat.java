package io.gongkai.benchmarks.nation;

import java.util.Map;
import java.util.TreeMap;

import io.gongkai.benchmarks.nation.SyntheticReport.Content;
import io.gongkai.benchmarks.nation.SyntheticReport.Version;
import io.gongkai.report.report.AgencyKind;
import io.gongkai.report.report.Metric;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.report.ReportDocuments;
import io.gongkai.report.report.ReportScope;
import io.gongkai.report.report.ReportStatus;
import io.gongkai.report.report.ReportVersion;
import io.gongkai.report.report.ReviewComment;
import io.gongkai.report.template.TemplateFormat;
import org.bson.Document;

/**
 * Reports as report-service stores them: database {@code gongkai_<province>}, collection
 * {@code reports}, each synthetic report turned into report-service's own {@link Report}
 * and written with its own encoder ({@link ReportDocuments#toDocument}), so that the
 * generator never drifts from the stored format. The feed fields ({@code feedSeq},
 * {@code feedAt}) are added by {@link io.gongkai.report.report.ReportFeedNumbers}. The
 * test {@code GeneratedReportsReadBackTest} reads these documents back with
 * report-service's reading code.
 */
public final class ReportDocumentFormat {

	public static final String COLLECTION = "reports";

	private ReportDocumentFormat() {
	}

	/** The province's database ({@code ProvinceDatabases}). */
	public static String database(String provinceCode) {
		return "gongkai_" + provinceCode;
	}

	public static Document of(SyntheticReport report) {
		return ReportDocuments.toDocument(new Report(report.id(), report.agency().id(), report.year(),
				TemplateFormat.fromId(report.format()).orElseThrow(), AgencyKind.valueOf(report.agency().kind()),
				report.deadline(), report.firstSubmittedOn(), report.revision(), report.currentVersion(),
				report.versions().stream().map(ReportDocumentFormat::version).toList(), report.createdAt(),
				report.createdBy(), report.updatedAt()));
	}

	private static ReportVersion version(Version version) {
		return new ReportVersion(version.number(), ReportStatus.valueOf(version.status()), content(version.content()),
				Map.of(),
				version.comments()
					.stream()
					.map((comment) -> new ReviewComment(comment.target(), comment.ref(), comment.text(),
							comment.author(), comment.author(), comment.at()))
					.toList(),
				version.createdAt(), version.createdBy(), version.submittedAt(), version.submittedBy(),
				version.decidedAt(), version.decidedBy(), version.publishedAt(), version.submissionKey());
	}

	private static ReportContent content(Content content) {
		Map<String, Metric> metrics = new TreeMap<>();
		content.metrics().forEach((id, metric) -> metrics.put(id, new Metric(metric.value(), metric.qualifier())));
		return new ReportContent(content.agencyName(), ReportScope.valueOf(content.scope()), content.publishedOn(),
				content.narrative(), null, metrics, content.sections(), content.cells());
	}

}
