package io.gongkai.report.report;

import org.bson.Document;

/**
 * Where in a report's original text a figure was read: the sentence or clause, as the
 * upload preview showed it.
 *
 * @param text the sentence or clause
 * @param start its offset in the report's original text (the normalised text)
 * @param end its end offset, exclusive
 */
public record TextEvidence(String text, int start, int end) {

	/** Whether the text still says this at these offsets. */
	public boolean isIn(String originalText) {
		return originalText != null && this.start >= 0 && this.end <= originalText.length() && this.start < this.end
				&& originalText.substring(this.start, this.end).equals(this.text);
	}

	Document toDocument() {
		return new Document("text", this.text).append("start", this.start).append("end", this.end);
	}

	static TextEvidence from(Document document) {
		return new TextEvidence(document.getString("text"), document.getInteger("start"), document.getInteger("end"));
	}

}
