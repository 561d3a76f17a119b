package io.gongkai.deploy.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The operators' resources against their CRDs: each kind's schema
 * ({@code operator-schemas/<kind>.json}, test resources) holds the fields the manifests
 * use, with their types, allowed values and required fields as the OpenAPI schema of the
 * operator's CRD of the stated version defines them; any other field is refused, as is a
 * value of the wrong type or a missing required field.
 */
final class OperatorSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

	private OperatorSchemas() {
	}

	/** What is wrong with an operator's resource; nothing when it is valid. */
	static List<String> problems(Manifest manifest) {
		Schema schema = SCHEMAS.computeIfAbsent(manifest.kind(), OperatorSchemas::load);
		List<Error> errors = schema.validate(manifest.tree().toString(), InputFormat.JSON);
		return errors.stream()
			.map((error) -> manifest.describe() + ": " + error.getInstanceLocation() + " " + error.getMessage())
			.toList();
	}

	private static Schema load(String kind) {
		String resource = "/operator-schemas/" + kind + ".json";
		try (InputStream schema = OperatorSchemas.class.getResourceAsStream(resource)) {
			if (schema == null) {
				throw new IllegalStateException("no schema " + resource);
			}
			return REGISTRY.getSchema(schema, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
