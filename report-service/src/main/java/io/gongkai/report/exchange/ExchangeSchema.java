package io.gongkai.report.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.gongkai.report.template.MetricCatalogue;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of {@code gongkai.report/v1}: the hand-written document, with the ids
 * of the catalogue figures and their qualifiers filled in from the catalogue, so that the
 * schema never names a figure the service does not know.
 */
final class ExchangeSchema {

	private static final String RESOURCE = "/exchange/gongkai.report.v1.schema.json";

	private ExchangeSchema() {
	}

	/** The schema as served, UTF-8 JSON. */
	static byte[] generate(MetricCatalogue catalogue) {
		ObjectNode schema = read();
		ObjectNode metrics = (ObjectNode) schema.at("/properties/metrics");
		ArrayNode ids = ((ObjectNode) metrics.get("propertyNames")).putArray("enum");
		catalogue.ids().forEach(ids::add);
		ArrayNode qualifiers = ((ObjectNode) metrics.at("/additionalProperties/properties/qualifier")).putArray("enum");
		catalogue.qualifiers().forEach(qualifiers::add);
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(schema);
	}

	private static ObjectNode read() {
		try (InputStream json = ExchangeSchema.class.getResourceAsStream(RESOURCE)) {
			if (json == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
			}
			return (ObjectNode) JsonMapper.shared().readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
