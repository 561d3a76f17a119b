package io.gongkai.report.importing;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * One decision of the agency on one figure, kept for the audit of the import.
 *
 * @param metric the metric decided on
 * @param decision {@code confirmed}, {@code corrected} or {@code rejected}
 * @param by who decided (user name)
 * @param subject the decider's token subject
 * @param role the decider's role
 * @param at when
 * @param oldValue the value before, {@code null} when there was none
 * @param oldQualifier the qualifier before
 * @param newValue the value after, {@code null} when rejected
 * @param newQualifier the qualifier after
 */
record Decision(String metric, String decision, String by, String subject, String role, Instant at, Number oldValue,
		String oldQualifier, Number newValue, String newQualifier) {

	Document toDocument() {
		return new Document("metric", this.metric).append("decision", this.decision)
			.append("by", this.by)
			.append("subject", this.subject)
			.append("role", this.role)
			.append("at", Date.from(this.at))
			.append("old",
					(this.oldValue != null)
							? new Document("value", this.oldValue).append("qualifier", this.oldQualifier) : null)
			.append("new", (this.newValue != null)
					? new Document("value", this.newValue).append("qualifier", this.newQualifier) : null);
	}

	static Decision from(Document document) {
		Document old = document.get("old", Document.class);
		Document after = document.get("new", Document.class);
		return new Decision(document.getString("metric"), document.getString("decision"), document.getString("by"),
				document.getString("subject"), document.getString("role"), document.getDate("at").toInstant(),
				(old != null) ? Figure.number(old.get("value")) : null,
				(old != null) ? old.getString("qualifier") : null,
				(after != null) ? Figure.number(after.get("value")) : null,
				(after != null) ? after.getString("qualifier") : null);
	}

}
