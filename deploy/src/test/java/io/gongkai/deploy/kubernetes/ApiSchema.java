package io.gongkai.deploy.kubernetes;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * A manifest against the Kubernetes API of fabric8's model 7.4.1, which is Kubernetes
 * 1.33: its kind must be one the API (or one of the platform's operators) has, every
 * field one the API defines, every value of the field's type, every quantity a quantity.
 * The model keeps fields it does not know aside (its "additional properties"); those are
 * what make a field unknown here.
 */
final class ApiSchema {

	/**
	 * The operators' resources: checked as Kubernetes objects with metadata, and against
	 * the fields of their CRDs ({@link OperatorSchemas}).
	 */
	static final Set<String> OPERATOR_KINDS = Set.of("k8s.keycloak.org/v2alpha1 Keycloak",
			"k8s.keycloak.org/v2alpha1 KeycloakRealmImport", "postgresql.cnpg.io/v1 Cluster",
			"psmdb.percona.com/v1 PerconaServerMongoDB");

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	private ApiSchema() {
	}

	/** What is wrong with a manifest; nothing when it is valid. */
	static List<String> problems(Manifest manifest) {
		List<String> problems = new ArrayList<>();
		String type = manifest.apiVersion() + " " + manifest.kind();
		if (manifest.apiVersion().isEmpty() || manifest.kind().isEmpty()) {
			problems.add(manifest.source() + ": a document without apiVersion and kind");
			return problems;
		}
		Class<? extends KubernetesResource> model = SERIALIZATION.getRegisteredKubernetesResource(manifest.apiVersion(),
				manifest.kind());
		if (OPERATOR_KINDS.contains(type)) {
			model = GenericKubernetesResource.class;
		}
		else if (model == null || model == GenericKubernetesResource.class) {
			problems.add(manifest.describe() + ": no such kind in the Kubernetes API (" + type + ")");
			return problems;
		}
		Object object;
		try {
			object = SERIALIZATION.convertValue(manifest.tree(), model);
		}
		catch (IllegalArgumentException ex) {
			problems.add(manifest.describe() + ": wrong type at " + path(ex) + " (" + rootMessage(ex) + ")");
			return problems;
		}
		if (object instanceof GenericKubernetesResource generic) {
			try {
				SERIALIZATION.convertValue(manifest.tree().path("metadata"), ObjectMeta.class);
			}
			catch (IllegalArgumentException ex) {
				problems.add(manifest.describe() + ": wrong type at metadata." + path(ex));
			}
			unknownFields(SERIALIZATION.convertValue(manifest.tree().path("metadata"), ObjectMeta.class), "metadata",
					problems, manifest);
			if (generic.getMetadata() == null || generic.getMetadata().getName() == null) {
				problems.add(manifest.describe() + ": no metadata.name");
			}
			problems.addAll(OperatorSchemas.problems(manifest));
			return problems;
		}
		unknownFields(object, "", problems, manifest);
		return problems;
	}

	private static void unknownFields(Object value, String path, List<String> problems, Manifest manifest) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof IntOrString) {
			return;
		}
		if (value instanceof Quantity quantity) {
			try {
				Quantity.getAmountInBytes(quantity);
			}
			catch (RuntimeException ex) {
				problems.add(manifest.describe() + ": not a quantity at " + path + ": " + quantity);
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, entry) -> unknownFields(entry, path + "." + key, problems, manifest));
			return;
		}
		if (value instanceof Collection<?> collection) {
			int index = 0;
			for (Object entry : collection) {
				unknownFields(entry, path + "[" + index++ + "]", problems, manifest);
			}
			return;
		}
		if (!value.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers())) {
					continue;
				}
				Object fieldValue = read(field, value);
				String fieldPath = path.isEmpty() ? field.getName() : path + "." + field.getName();
				if (field.getName().equals("additionalProperties")) {
					if (fieldValue instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
						problems.add(manifest.describe() + ": unknown field " + (path.isEmpty() ? "" : path + ".")
								+ unknown.keySet());
					}
				}
				else {
					unknownFields(fieldValue, fieldPath, problems, manifest);
				}
			}
		}
	}

	private static Object read(Field field, Object owner) {
		try {
			field.setAccessible(true);
			return field.get(owner);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static String path(IllegalArgumentException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonMappingException mapping) {
				StringBuilder path = new StringBuilder();
				for (JsonMappingException.Reference reference : mapping.getPath()) {
					if (reference.getFieldName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
					}
					else {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.toString();
			}
		}
		return "?";
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

}
