package io.gongkai.benchmarks.nation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import io.gongkai.benchmarks.nation.SyntheticReport.Content;
import io.gongkai.benchmarks.nation.SyntheticReport.Version;
import org.bson.Document;

/**
 * Reports as report-service stores them ({@code ReportStore}, {@code ReportDocuments}):
 * database {@code gongkai_<province>}, collection {@code reports}, one document per
 * report with all its versions; cells and figures as lists of {@code {id, value}}; the
 * top level repeating the last version's status, number, agency name and scope. The feed
 * fields ({@code feedSeq}, {@code feedAt}) are added by {@link FeedNumbers}. No
 * {@code pendingAudit}: nothing waits to be appended to the audit trail. The test
 * {@code GeneratedReportsReadBackTest} reads these documents with report-service's own
 * reading code, so that a change of the format fails there first.
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
		Version latest = report.latest();
		return new Document("_id", report.id()).append("agencyId", report.agency().id())
			.append("year", report.year())
			.append("format", report.format())
			.append("kind", report.agency().kind())
			.append("deadline", report.deadline().toString())
			.append("firstSubmittedOn", text(report.firstSubmittedOn()))
			.append("revision", report.revision())
			.append("currentVersion", report.currentVersion())
			.append("createdAt", date(report.createdAt()))
			.append("createdBy", report.createdBy())
			.append("updatedAt", date(report.updatedAt()))
			.append("agencyName", latest.content().agencyName())
			.append("scope", latest.content().scope())
			.append("status", latest.status())
			.append("version", latest.number())
			.append("versions", report.versions().stream().map(ReportDocumentFormat::version).toList());
	}

	private static Document version(Version version) {
		List<Document> comments = version.comments()
			.stream()
			.map((comment) -> new Document("target", comment.target()).append("ref", comment.ref())
				.append("text", comment.text())
				.append("author", comment.author())
				.append("at", date(comment.at())))
			.toList();
		return new Document("number", version.number()).append("status", version.status())
			.append("content", content(version.content()))
			.append("explanations", List.of())
			.append("comments", comments)
			.append("createdAt", date(version.createdAt()))
			.append("createdBy", version.createdBy())
			.append("submittedAt", date(version.submittedAt()))
			.append("submittedBy", version.submittedBy())
			.append("decidedAt", date(version.decidedAt()))
			.append("decidedBy", version.decidedBy())
			.append("publishedAt", date(version.publishedAt()))
			.append("submissionKey", version.submissionKey());
	}

	private static Document content(Content content) {
		return new Document("agencyName", content.agencyName()).append("scope", content.scope())
			.append("publishedOn", text(content.publishedOn()))
			.append("narrative", content.narrative())
			.append("originalText", null)
			.append("sections", new Document(content.sections()))
			.append("metrics",
					content.metrics()
						.entrySet()
						.stream()
						.map((entry) -> new Document("id", entry.getKey()).append("value", entry.getValue().value())
							.append("qualifier", entry.getValue().qualifier()))
						.toList())
			.append("cells",
					content.cells()
						.entrySet()
						.stream()
						.map((entry) -> new Document("id", entry.getKey()).append("value", entry.getValue()))
						.toList());
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

}
