package io.gongkai.report.textimport;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely a report states a figure. */
public enum Qualifier {

	/** The figure as stated. */
	EXACT("exact"),
	/** A lower bound: 余, 多, 以上, 突破. */
	AT_LEAST("at_least"),
	/** An approximation: 约, 近, 左右. */
	APPROX("approx");

	private final String wireName;

	Qualifier(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

}
