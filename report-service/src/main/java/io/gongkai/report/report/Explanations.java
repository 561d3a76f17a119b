package io.gongkai.report.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The agency's explanations of warnings, finding key to text, as they are kept: trimmed,
 * and without the blank ones (a blank explanation is none).
 */
final class Explanations {

	private Explanations() {
	}

	static Map<String, String> written(Map<String, String> explanations) {
		Map<String, String> kept = new HashMap<>();
		if (explanations != null) {
			explanations.forEach((key, text) -> {
				if (key != null && text != null && !text.isBlank()) {
					kept.put(key, text.trim());
				}
			});
		}
		return kept;
	}

}
