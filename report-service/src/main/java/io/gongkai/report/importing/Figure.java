package io.gongkai.report.importing;

import org.bson.Document;

/**
 * A figure of a preview as it stands: read from the text, then confirmed, corrected or
 * rejected by the agency.
 *
 * @param metric the catalogue's metric id
 * @param value the figure (a whole number or a decimal), {@code null} once rejected
 * @param qualifier {@code exact}, {@code at_least} or {@code approx}
 * @param evidence the clause it was read from, {@code null} for a figure the agency added
 * @param start offset of the evidence in the normalised text, or {@code null}
 * @param end end offset of the evidence, or {@code null}
 * @param state {@code extracted}, {@code confirmed}, {@code corrected} or
 * {@code rejected}
 */
record Figure(String metric, Number value, String qualifier, String evidence, Integer start, Integer end,
		String state) {

	static final String EXTRACTED = "extracted";

	Figure withDecision(String decision, Number newValue, String newQualifier) {
		return new Figure(this.metric, newValue, newQualifier, this.evidence, this.start, this.end, decision);
	}

	Document toDocument() {
		return new Document("metric", this.metric).append("value", this.value)
			.append("qualifier", this.qualifier)
			.append("evidence", this.evidence)
			.append("start", this.start)
			.append("end", this.end)
			.append("state", this.state);
	}

	static Figure from(Document document) {
		return new Figure(document.getString("metric"), number(document.get("value")), document.getString("qualifier"),
				document.getString("evidence"), document.getInteger("start"), document.getInteger("end"),
				document.getString("state"));
	}

	/**
	 * A stored number as Java gives it back: decimals as {@link java.math.BigDecimal}.
	 */
	static Number number(Object stored) {
		if (stored instanceof org.bson.types.Decimal128 decimal) {
			return decimal.bigDecimalValue();
		}
		return (Number) stored;
	}

}
