package io.gongkai.report.textimport;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Writes results in the contract's JSON shape, one object per line. */
public final class ResultJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private ResultJson() {
	}

	/** The result as one line of JSON. */
	public static String write(ExtractionResult result) {
		return MAPPER.writeValueAsString(result);
	}

	/** The line written for an input that could not be read. */
	public static String writeError(String source, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("source", source);
		error.put("error", message);
		return MAPPER.writeValueAsString(error);
	}

}
