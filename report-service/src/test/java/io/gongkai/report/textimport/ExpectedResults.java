package io.gongkai.report.textimport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares an extraction with the answers expected in the contract's shape. */
final class ExpectedResults {

	private ExpectedResults() {
	}

	static JsonNode asJson(ExtractionResult result) {
		return JsonMapper.shared().readTree(ResultJson.write(result));
	}

	/** Fields, flags and metrics (value and qualifier) must be exactly those expected. */
	static void assertMatches(JsonNode expected, ExtractionResult result) {
		JsonNode actual = asJson(result);
		for (String field : new String[] { "source", "agencyName", "provinceCode", "year", "publishedOn", "format" }) {
			assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
		}
		assertThat(strings(actual.get("flags"))).as("flags").isEqualTo(strings(expected.get("flags")));
		assertThat(metrics(actual)).as("metrics").isEqualTo(metrics(expected));
	}

	static Set<String> strings(JsonNode array) {
		Set<String> values = new HashSet<>();
		array.forEach((node) -> values.add(node.asString()));
		return values;
	}

	/** Metric id → "value qualifier", values compared as numbers (26 equals 26.0). */
	static Map<String, String> metrics(JsonNode result) {
		Map<String, String> metrics = new HashMap<>();
		result.get("metrics")
			.properties()
			.forEach((entry) -> metrics.put(entry.getKey(),
					entry.getValue().get("value").decimalValue().stripTrailingZeros().toPlainString() + " "
							+ entry.getValue().get("qualifier").asString()));
		return metrics;
	}

}
