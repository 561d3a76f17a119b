package io.gongkai.report.importing;

import org.bson.Document;

/**
 * Something the agency should look at before confirming (a warning), or that stops the
 * preview from becoming the uploader's draft until the agency is chosen (an error).
 *
 * @param code a stable code: errors {@code other-province}, {@code other-agency};
 * warnings {@code no-year}, {@code no-agency-name}, {@code no-figures},
 * {@code cells-not-in-format}, {@code fractional-figures}
 * @param message what it means and what to do
 */
record Warning(String code, String message) {

	Document toDocument() {
		return new Document("code", this.code).append("message", this.message);
	}

	static Warning from(Document document) {
		return new Warning(document.getString("code"), document.getString("message"));
	}

}
