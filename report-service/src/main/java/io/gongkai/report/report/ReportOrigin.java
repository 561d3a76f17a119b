package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

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
 */
public record ReportOrigin(String fileName, String source, String sourceId, Instant readAt, LocalDate publishedOn) {

	public static final String PREVIEW = "preview";

	public static final String BATCH = "batch";

	Document toDocument() {
		return new Document("fileName", this.fileName).append("source", this.source)
			.append("sourceId", this.sourceId)
			.append("readAt", (this.readAt != null) ? Date.from(this.readAt) : null)
			.append("publishedOn", (this.publishedOn != null) ? this.publishedOn.toString() : null);
	}

	static ReportOrigin from(Document document) {
		if (document == null) {
			return null;
		}
		Date readAt = document.getDate("readAt");
		String publishedOn = document.getString("publishedOn");
		return new ReportOrigin(document.getString("fileName"), document.getString("source"),
				document.getString("sourceId"), (readAt != null) ? readAt.toInstant() : null,
				(publishedOn != null) ? LocalDate.parse(publishedOn) : null);
	}

	/** The day that decides timeliness when the report was published before import. */
	static LocalDate publishedOn(Document origin) {
		String publishedOn = (origin != null) ? origin.getString("publishedOn") : null;
		return (publishedOn != null) ? LocalDate.parse(publishedOn) : null;
	}

}
