package io.gongkai.deploy.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the objects of one set of manifests refer to each other: every Service,
 * PodDisruptionBudget and NetworkPolicy selects the pods of a Deployment of the set, a
 * Service's named target port is a port of those pods, and an autoscaler scales a
 * Deployment of the set.
 */
final class Workloads {

	private Workloads() {
	}

	static List<String> problems(List<Manifest> manifests) {
		List<JsonNode> podTemplates = new ArrayList<>();
		List<String> deployments = new ArrayList<>();
		for (Manifest manifest : manifests) {
			if (manifest.kind().equals("Deployment")) {
				podTemplates.add(manifest.tree().path("spec").path("template"));
				deployments.add(manifest.name());
			}
		}
		List<String> problems = new ArrayList<>();
		for (Manifest manifest : manifests) {
			JsonNode spec = manifest.tree().path("spec");
			switch (manifest.kind()) {
				case "Service" -> service(manifest, spec, podTemplates, problems);
				case "PodDisruptionBudget" -> selects(manifest, spec.path("selector"), podTemplates, problems);
				case "NetworkPolicy" -> selects(manifest, spec.path("podSelector"), podTemplates, problems);
				case "HorizontalPodAutoscaler" -> {
					JsonNode target = spec.path("scaleTargetRef");
					if (!target.path("kind").asText().equals("Deployment")
							|| !deployments.contains(target.path("name").asText())) {
						problems.add(manifest.describe() + ": scales no Deployment of these manifests ("
								+ target.path("kind").asText() + " " + target.path("name").asText() + ")");
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

	private static void service(Manifest manifest, JsonNode spec, List<JsonNode> podTemplates, List<String> problems) {
		JsonNode selector = spec.path("selector");
		List<JsonNode> selected = podTemplates.stream()
			.filter((template) -> matchLabels(selector, template.path("metadata").path("labels")))
			.toList();
		if (selector.isEmpty() || selected.isEmpty()) {
			problems.add(manifest.describe() + ": selects no pods (selector " + selector + ")");
			return;
		}
		for (JsonNode port : spec.path("ports")) {
			JsonNode target = port.path("targetPort");
			if (target.isTextual() && selected.stream().noneMatch((template) -> hasPort(template, target.asText()))) {
				problems.add(manifest.describe() + ": target port " + target.asText() + " is no port of its pods");
			}
		}
	}

	private static void selects(Manifest manifest, JsonNode selector, List<JsonNode> podTemplates,
			List<String> problems) {
		boolean any = podTemplates.stream()
			.anyMatch((template) -> labelSelector(selector, template.path("metadata").path("labels")));
		if (!any) {
			problems.add(manifest.describe() + ": selects no pods (selector " + selector + ")");
		}
	}

	private static boolean hasPort(JsonNode template, String name) {
		for (JsonNode container : template.path("spec").path("containers")) {
			for (JsonNode port : container.path("ports")) {
				if (port.path("name").asText().equals(name)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean matchLabels(JsonNode wanted, JsonNode labels) {
		for (Map.Entry<String, JsonNode> label : wanted.properties()) {
			if (!labels.path(label.getKey()).asText().equals(label.getValue().asText())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A Kubernetes label selector (matchLabels and matchExpressions) against a pod's
	 * labels.
	 */
	static boolean labelSelector(JsonNode selector, JsonNode labels) {
		if (!matchLabels(selector.path("matchLabels"), labels)) {
			return false;
		}
		for (JsonNode expression : selector.path("matchExpressions")) {
			String key = expression.path("key").asText();
			List<String> values = new ArrayList<>();
			expression.path("values").forEach((value) -> values.add(value.asText()));
			boolean present = labels.has(key);
			boolean matches = switch (expression.path("operator").asText()) {
				case "In" -> present && values.contains(labels.path(key).asText());
				case "NotIn" -> !present || !values.contains(labels.path(key).asText());
				case "Exists" -> present;
				case "DoesNotExist" -> !present;
				default -> false;
			};
			if (!matches) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The issuer the services trust ({@code GONGKAI_ISSUER_URI} of
	 * {@code gongkai-common}) is the realm at the public address Keycloak is given:
	 * tokens name that address.
	 */
	static List<String> issuerProblems(List<Manifest> manifests) {
		List<String> problems = new ArrayList<>();
		for (Manifest keycloak : manifests) {
			if (!keycloak.kind().equals("Keycloak")) {
				continue;
			}
			String expected = keycloak.tree().at("/spec/hostname/hostname").asText() + "/realms/gongkai";
			for (Manifest settings : manifests) {
				if (settings.kind().equals("ConfigMap") && settings.name().equals("gongkai-common")) {
					String issuer = settings.tree().at("/data/GONGKAI_ISSUER_URI").asText();
					if (!issuer.equals(expected)) {
						problems
							.add(settings.describe() + ": the services trust " + issuer + ", tokens name " + expected);
					}
				}
			}
		}
		return problems;
	}

}
