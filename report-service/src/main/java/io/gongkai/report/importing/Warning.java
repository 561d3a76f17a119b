package io.gongkai.report.importing;

import java.util.List;

import org.bson.Document;

/**
 * Something the agency should look at before confirming (a warning), or that stops the
 * preview from becoming the uploader's draft until the agency is chosen (an error). Kept
 * as its code and arguments (ids and codes), and put into words when read, in the
 * reader's language ({@link ImportMessages}).
 *
 * @param code a stable code: errors {@code other-province}, {@code other-agency};
 * warnings {@code no-year}, {@code no-agency-name}, {@code no-figures},
 * {@code cells-not-in-format}, {@code fractional-figures}
 * @param arguments what the text names: {@code other-province} the report's province and
 * the uploader's; {@code other-agency} the agency the report names and the one the
 * registry matched; {@code fractional-figures} the figures and cells;
 * {@code cells-not-in-format} the year, then the cells
 */
record Warning(String code, List<String> arguments) {

	static final String OTHER_PROVINCE = "other-province";

	static final String OTHER_AGENCY = "other-agency";

	static final String FRACTIONAL_FIGURES = "fractional-figures";

	static final String CELLS_NOT_IN_FORMAT = "cells-not-in-format";

	Warning {
		arguments = (arguments != null) ? java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments))
				: List.of();
	}

	Warning(String code, String... arguments) {
		this(code, java.util.Arrays.asList(arguments));
	}

	/** What it means and what to do, in the language of the request being answered. */
	String message(boolean error) {
		String key = (error ? "import.error." : "import.warning.") + this.code;
		return switch (this.code) {
			case OTHER_PROVINCE ->
				ImportMessages.text(key, ImportMessages.province(argument(0)), ImportMessages.province(argument(1)));
			case OTHER_AGENCY -> ImportMessages.text(key, argument(0),
					(argument(1) != null) ? argument(1) : ImportMessages.text(key + ".unmatched"));
			case FRACTIONAL_FIGURES -> ImportMessages.text(key, ImportMessages.figures(this.arguments));
			case CELLS_NOT_IN_FORMAT -> ImportMessages.text(key, argument(0), this.arguments.size() - 1, ImportMessages
				.figures(this.arguments.subList(Math.min(1, this.arguments.size()), this.arguments.size())));
			default -> ImportMessages.text(key);
		};
	}

	private String argument(int index) {
		return (index < this.arguments.size()) ? this.arguments.get(index) : null;
	}

	Document toDocument() {
		return new Document("code", this.code).append("arguments", this.arguments);
	}

	static Warning from(Document document) {
		return new Warning(document.getString("code"), document.getList("arguments", String.class, List.of()));
	}

}
