package io.gongkai.report.importing;

import org.bson.Document;

/**
 * Something the agency should look at before confirming.
 *
 * @param code a stable code: {@code other-province}, {@code other-agency},
 * {@code no-year}, {@code no-agency-name}, {@code no-figures}
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
