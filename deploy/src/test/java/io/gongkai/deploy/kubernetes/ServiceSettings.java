package io.gongkai.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every setting a manifest gives a service's container (its env, and every key of the
 * ConfigMaps it takes whole) is one the service reads: a {@code GONGKAI_*} variable named
 * in its application.yml, or a property of that file in Spring's environment-variable
 * form ({@code SERVER_SHUTDOWN} for {@code server.shutdown}). The JVM's own variable
 * ({@code JAVA_TOOL_OPTIONS}) is the JVM's.
 */
final class ServiceSettings {

	static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

	/** The modules of the repository whose code each service runs, its own first. */
	private static final Map<String, List<String>> MODULES_OF_SERVICE = Map.of("gateway",
			List.of("gateway", "platform-tokens"), "tenant-service",
			List.of("tenant-service", "platform-security", "platform-mongo", "platform-tokens"), "report-service",
			List.of("report-service", "platform-security", "platform-mongo", "platform-tokens"), "analytics-service",
			List.of("analytics-service", "platform-security", "platform-mongo", "platform-tokens"));

	private final Map<String, String> configurationOfService;

	private final Map<String, Set<String>> boundPropertiesOfService;

	/**
	 * @param configurationOfService each service's application.yml, by container name
	 * @param boundPropertiesOfService the properties each service's
	 * {@code @ConfigurationProperties} records bind, by container name
	 */
	ServiceSettings(Map<String, String> configurationOfService, Map<String, Set<String>> boundPropertiesOfService) {
		this.configurationOfService = configurationOfService;
		this.boundPropertiesOfService = boundPropertiesOfService;
	}

	static ServiceSettings ofRepository(Path repository) {
		Map<String, String> configurations = new HashMap<>();
		Map<String, Set<String>> bound = new HashMap<>();
		MODULES_OF_SERVICE.forEach((service, modules) -> {
			try {
				configurations.put(service,
						Files.readString(repository.resolve(service).resolve("src/main/resources/application.yml")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			bound.put(service, BoundProperties
				.of(modules.stream().map((module) -> repository.resolve(module).resolve("src/main/java")).toList()));
		});
		return new ServiceSettings(configurations, bound);
	}

	/**
	 * Settings of the Deployments in {@code manifests}, ConfigMaps looked up in
	 * {@code configMaps}.
	 */
	List<String> problems(List<Manifest> manifests, List<Manifest> configMaps) {
		List<String> problems = new ArrayList<>();
		for (Manifest manifest : manifests) {
			if (!manifest.kind().equals("Deployment")) {
				continue;
			}
			for (JsonNode container : manifest.tree().path("spec").path("template").path("spec").path("containers")) {
				String service = container.path("name").asText();
				String configuration = this.configurationOfService.get(service);
				if (configuration == null) {
					problems
						.add(manifest.describe() + ": container " + service + " is none of the platform's services");
					continue;
				}
				Set<String> bound = this.boundPropertiesOfService.getOrDefault(service, Set.of());
				for (String variable : variables(manifest, container, configMaps, problems)) {
					if (!readBy(configuration, bound, variable)) {
						problems.add(manifest.describe() + ": " + service + " reads no setting " + variable);
					}
				}
			}
		}
		return problems;
	}

	private static List<String> variables(Manifest manifest, JsonNode container, List<Manifest> configMaps,
			List<String> problems) {
		List<String> variables = new ArrayList<>();
		container.path("env").forEach((env) -> variables.add(env.path("name").asText()));
		for (JsonNode source : container.path("envFrom")) {
			String name = source.path("configMapRef").path("name").asText(null);
			if (name == null) {
				continue;
			}
			Manifest configMap = configMaps.stream()
				.filter((candidate) -> candidate.kind().equals("ConfigMap") && candidate.name().equals(name))
				.findFirst()
				.orElse(null);
			if (configMap == null) {
				problems.add(manifest.describe() + ": no ConfigMap " + name);
				continue;
			}
			configMap.tree().path("data").fieldNames().forEachRemaining(variables::add);
		}
		return variables;
	}

	private static boolean readBy(String configuration, Set<String> bound, String variable) {
		if (JVM_VARIABLES.contains(variable)) {
			return true;
		}
		if (configuration.contains("${" + variable + ":") || configuration.contains("${" + variable + "}")) {
			return true;
		}
		String property = relaxed(variable);
		return properties(configuration).contains(property) || bound.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT).replace("-", ""))
			.anyMatch((name) -> property.equals(name) || property.startsWith(name + "."));
	}

	/**
	 * A variable's property as Spring binds it: lower case, underscores for dots, no
	 * dashes ({@code GONGKAI_EXCHANGE_BULK_MAXDOCUMENTS} for
	 * {@code gongkai.exchange.bulk.max-documents}).
	 */
	private static String relaxed(String name) {
		return name.toLowerCase(Locale.ROOT).replace("_", ".").replace("-", "");
	}

	private static Set<String> properties(String configuration) {
		Set<String> properties = new HashSet<>();
		for (Manifest document : ManifestFiles.read("application.yml", configuration)) {
			flatten(document.tree(), "", properties);
		}
		return properties;
	}

	private static void flatten(JsonNode node, String prefix, Set<String> into) {
		if (node.isObject()) {
			node.properties()
				.forEach((entry) -> flatten(entry.getValue(),
						prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), into));
		}
		else {
			into.add(prefix.toLowerCase(Locale.ROOT).replace("-", ""));
		}
	}

}
