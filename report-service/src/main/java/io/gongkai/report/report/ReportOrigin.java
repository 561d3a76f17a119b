package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

/**
 * Where a report imported from its published text came from. Such a report was published
 * before it reached the platform: it counts as on time or late by the day it was
 * published, not by the day it was imported.
 *
 * @param fileName the uploaded file's name (its path inside a zip)
 * @param source how it arrived: {@code preview} (one upload) or {@code batch}, with the
 * preview's or batch's id in {@code sourceId}
 * @param sourceId the preview's or the batch's id
 * @param readAt when the text was read
 * @param publishedOn the publication date the text states, or {@code null}
 * @param evidence catalogue figure id to the sentence of the original text it was read
 * from, for every figure read from the text that the report kept (a figure the agency
 * added by hand has none)
 */
public record ReportOrigin(String fileName, String source, String sourceId, Instant readAt, LocalDate publishedOn,
		Map<String, TextEvidence> evidence) {

	public static final String PREVIEW = "preview";

	public static final String BATCH = "batch";

	public ReportOrigin {
		TreeMap<String, TextEvidence> copy = new TreeMap<>();
		if (evidence != null) {
			evidence.forEach((id, found) -> {
				if (id != null && found != null && found.text() != null) {
					copy.put(id, found);
				}
			});
		}
		evidence = Collections.unmodifiableMap(copy);
	}

	public ReportOrigin(String fileName, String source, String sourceId, Instant readAt, LocalDate publishedOn) {
		this(fileName, source, sourceId, readAt, publishedOn, null);
	}

	/** The same origin with where each figure was read in the text. */
	public ReportOrigin withEvidence(Map<String, TextEvidence> figures) {
		return new ReportOrigin(this.fileName, this.source, this.sourceId, this.readAt, this.publishedOn, figures);
	}

	Document toDocument() {
		return new Document("fileName", this.fileName).append("source", this.source)
			.append("sourceId", this.sourceId)
			.append("readAt", (this.readAt != null) ? Date.from(this.readAt) : null)
			.append("publishedOn", (this.publishedOn != null) ? this.publishedOn.toString() : null)
			.append("evidence", this.evidence.isEmpty() ? null : evidenceDocument());
	}

	private List<Document> evidenceDocument() {
		return this.evidence.entrySet()
			.stream()
			.map((entry) -> entry.getValue().toDocument().append("figure", entry.getKey()))
			.toList();
	}

	static ReportOrigin from(Document document) {
		if (document == null) {
			return null;
		}
		Date readAt = document.getDate("readAt");
		String publishedOn = document.getString("publishedOn");
		Map<String, TextEvidence> evidence = new TreeMap<>();
		document.getList("evidence", Document.class, List.of())
			.forEach((stated) -> evidence.put(stated.getString("figure"), TextEvidence.from(stated)));
		return new ReportOrigin(document.getString("fileName"), document.getString("source"),
				document.getString("sourceId"), (readAt != null) ? readAt.toInstant() : null,
				(publishedOn != null) ? LocalDate.parse(publishedOn) : null, evidence);
	}

	/** The day that decides timeliness when the report was published before import. */
	static LocalDate publishedOn(Document origin) {
		String publishedOn = (origin != null) ? origin.getString("publishedOn") : null;
		return (publishedOn != null) ? LocalDate.parse(publishedOn) : null;
	}

}
