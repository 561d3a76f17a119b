package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.report.template.Table;
import io.gongkai.report.template.TemplateFormat;
import org.bson.Document;

/**
 * Reports as BSON documents, written by hand so that the stored shape is plain and
 * stable. Cells and figures are stored as lists of {@code {id, value}} because their ids
 * contain dots. The top level repeats what lists sort and filter on (status, version,
 * agency name) from the last version, in the same document, so it is never out of step.
 */
public final class ReportDocuments {

	private ReportDocuments() {
	}

	/**
	 * The report as {@code reports} stores it (also how the benchmarks' synthetic nation
	 * is written, so that it never drifts from this format).
	 */
	public static Document toDocument(Report report) {
		ReportVersion latest = report.latest();
		return new Document("_id", report.id()).append("agencyId", report.agencyId())
			.append("year", report.year())
			.append("format", report.format().id())
			.append("kind", report.kind().name())
			.append("deadline", report.deadline().toString())
			.append("firstSubmittedOn", text(report.firstSubmittedOn()))
			.append("revision", report.revision())
			.append("currentVersion", report.currentVersion())
			.append("createdAt", Date.from(report.createdAt()))
			.append("createdBy", report.createdBy())
			.append("updatedAt", Date.from(report.updatedAt()))
			.append("agencyName", latest.content().agencyName())
			.append("scope", latest.content().scope().name())
			.append("status", latest.status().name())
			.append("version", latest.number())
			.append("versions", report.versions().stream().map(ReportDocuments::version).toList())
			.append("origin", (report.origin() != null) ? report.origin().toDocument() : null);
	}

	/** A report as {@link #toDocument} wrote it. */
	public static Report fromDocument(Document document) {
		List<ReportVersion> versions = document.getList("versions", Document.class)
			.stream()
			.map(ReportDocuments::version)
			.toList();
		return new Report(document.getString("_id"), document.getString("agencyId"), document.getInteger("year"),
				TemplateFormat.fromId(document.getString("format")).orElseThrow(),
				AgencyKind.valueOf(document.getString("kind")), LocalDate.parse(document.getString("deadline")),
				date(document.getString("firstSubmittedOn")), ((Number) document.get("revision")).longValue(),
				document.getInteger("currentVersion"), versions, instant(document.getDate("createdAt")),
				document.getString("createdBy"), instant(document.getDate("updatedAt")),
				ReportOrigin.from(document.get("origin", Document.class)));
	}

	private static Document version(ReportVersion version) {
		List<Document> comments = version.comments()
			.stream()
			.map((comment) -> new Document("target", comment.target()).append("ref", comment.ref())
				.append("text", comment.text())
				.append("author", comment.author())
				.append("authorName", comment.authorName())
				.append("at", Date.from(comment.at())))
			.toList();
		List<Document> explanations = version.explanations()
			.entrySet()
			.stream()
			.map((entry) -> new Document("finding", entry.getKey()).append("text", entry.getValue()))
			.toList();
		return new Document("number", version.number()).append("status", version.status().name())
			.append("content", content(version.content()))
			.append("explanations", explanations)
			.append("comments", comments)
			.append("createdAt", Date.from(version.createdAt()))
			.append("createdBy", version.createdBy())
			.append("submittedAt", date(version.submittedAt()))
			.append("submittedBy", version.submittedBy())
			.append("decidedAt", date(version.decidedAt()))
			.append("decidedBy", version.decidedBy())
			.append("publishedAt", date(version.publishedAt()))
			.append("submissionKey", version.submissionKey());
	}

	private static ReportVersion version(Document document) {
		Map<String, String> explanations = new LinkedHashMap<>();
		document.getList("explanations", Document.class, List.of())
			.forEach((entry) -> explanations.put(entry.getString("finding"), entry.getString("text")));
		List<ReviewComment> comments = document.getList("comments", Document.class, List.of())
			.stream()
			.map((comment) -> new ReviewComment(comment.getString("target"), comment.getString("ref"),
					comment.getString("text"), comment.getString("author"), comment.getString("authorName"),
					instant(comment.getDate("at"))))
			.toList();
		return new ReportVersion(document.getInteger("number"), ReportStatus.valueOf(document.getString("status")),
				content(document.get("content", Document.class)), explanations, comments,
				instant(document.getDate("createdAt")), document.getString("createdBy"),
				instant(document.getDate("submittedAt")), document.getString("submittedBy"),
				instant(document.getDate("decidedAt")), document.getString("decidedBy"),
				instant(document.getDate("publishedAt")), document.getString("submissionKey"));
	}

	private static Document content(ReportContent content) {
		return new Document("agencyName", content.agencyName()).append("scope", content.scope().name())
			.append("publishedOn", text(content.publishedOn()))
			.append("narrative", content.narrative())
			.append("originalText", content.originalText())
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
						.toList())
			.append("nothingToReport", content.nothingToReport().stream().map(Table::name).toList());
	}

	private static ReportContent content(Document document) {
		Map<String, String> sections = new LinkedHashMap<>();
		Document storedSections = document.get("sections", Document.class);
		if (storedSections != null) {
			storedSections.forEach((id, text) -> sections.put(id, (String) text));
		}
		Map<String, Metric> metrics = new LinkedHashMap<>();
		document.getList("metrics", Document.class, List.of())
			.forEach((metric) -> metrics.put(metric.getString("id"),
					new Metric(((Number) metric.get("value")).longValue(), metric.getString("qualifier"))));
		Map<String, Long> cells = new LinkedHashMap<>();
		document.getList("cells", Document.class, List.of())
			.forEach((cell) -> cells.put(cell.getString("id"), ((Number) cell.get("value")).longValue()));
		return new ReportContent(document.getString("agencyName"), ReportScope.valueOf(document.getString("scope")),
				date(document.getString("publishedOn")), document.getString("narrative"),
				document.getString("originalText"), metrics, sections, cells,
				java.util.Set.copyOf(document.getList("nothingToReport", String.class, List.of())
					.stream()
					.map(Table::valueOf)
					.toList()));
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
