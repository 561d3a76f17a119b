package io.gongkai.report.textimport;

import com.fasterxml.jackson.annotation.JsonValue;

/** The layout a report follows. */
public enum ReportFormat {

	/** Free text, as written before the 2019 template. */
	LEGACY("legacy"),
	/** The trial template of 国办公开办函〔2019〕60号 (reports on 2019 and 2020). */
	TEMPLATE_2019("template2019"),
	/** The template of 国办公开办函〔2021〕30号 (reports on 2021 onwards). */
	TEMPLATE_2021("template2021");

	private final String wireName;

	ReportFormat(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	boolean isTemplate() {
		return this != LEGACY;
	}

}
