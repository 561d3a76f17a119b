package io.gongkai.report.exchange;

import tools.jackson.databind.JsonNode;

/**
 * One document of a bulk upload as read from the body, before it is checked.
 *
 * @param index its place, from 0
 * @param line its line in JSON Lines, from 1, or {@code null} in a JSON array
 * @param node the document, or {@code null} when its line is not JSON
 * @param unreadable why the line is not JSON, or {@code null}
 */
record BulkItem(int index, Integer line, JsonNode node, String unreadable) {

	String agencyId() {
		JsonNode id = (this.node != null) ? this.node.path("agency").path("id") : null;
		return (id != null && id.isString()) ? id.asString() : null;
	}

	Integer year() {
		JsonNode year = (this.node != null) ? this.node.path("year") : null;
		return (year != null && year.isIntegralNumber()) ? year.asInt() : null;
	}

}
