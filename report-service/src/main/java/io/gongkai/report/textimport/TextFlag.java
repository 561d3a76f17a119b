package io.gongkai.report.textimport;

import com.fasterxml.jackson.annotation.JsonValue;

/** Damage found in a report's text and repaired or detected, as named by the contract. */
public enum TextFlag {

	MOJIBAKE("mojibake"), PINYIN_ANNOTATIONS("pinyin_annotations"), PLACEHOLDER_CHARS("placeholder_chars"),
	SPAM_INJECTION("spam_injection"), TRADITIONAL_SCRIPT("traditional_script"), TRUNCATED("truncated");

	private final String wireName;

	TextFlag(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

}
