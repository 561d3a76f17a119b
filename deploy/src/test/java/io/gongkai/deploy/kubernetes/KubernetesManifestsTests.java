package io.gongkai.deploy.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests of deploy/kubernetes, checked without a cluster: valid against the
 * Kubernetes 1.33 API, workloads that refer to each other, settings the services read,
 * kustomizations that name every file, no Secret values.
 */
class KubernetesManifestsTests {

	private static final Path KUBERNETES = ManifestFiles.kubernetes();

	private static final List<Manifest> ALL = ManifestFiles.manifests(KUBERNETES);

	private static final List<Manifest> BASE = ManifestFiles.manifests(KUBERNETES.resolve("base"));

	private static final String DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: report-service
			spec:
			  replicas: 2
			  selector:
			    matchLabels:
			      app.kubernetes.io/name: report-service
			  template:
			    metadata:
			      labels:
			        app.kubernetes.io/name: report-service
			    spec:
			      containers:
			        - name: report-service
			          image: gongkai/report-service
			          ports:
			            - name: http
			              containerPort: 8082
			          env:
			            - name: GONGKAI_REPORT_ADDRESS
			              value: 0.0.0.0
			""";

	private static final String SERVICE = """
			apiVersion: v1
			kind: Service
			metadata:
			  name: report-service
			spec:
			  selector:
			    app.kubernetes.io/name: report-service
			  ports:
			    - port: 8082
			      targetPort: http
			""";

	@Test
	void everyManifestIsValidAgainstTheKubernetesApi() {
		assertThat(ALL).hasSizeGreaterThan(20);
		List<String> problems = ALL.stream().flatMap((manifest) -> ApiSchema.problems(manifest).stream()).toList();
		assertThat(problems).isEmpty();
	}

	@Test
	void theBaseRunsEveryServiceTwiceWithProbesOnActuatorsHealthGroupsAndResources() {
		List<Manifest> deployments = BASE.stream().filter((manifest) -> manifest.kind().equals("Deployment")).toList();
		assertThat(deployments).extracting(Manifest::name)
			.containsExactlyInAnyOrder("gateway", "tenant-service", "report-service", "analytics-service");
		for (Manifest deployment : deployments) {
			assertThat(deployment.tree().at("/spec/replicas").asInt()).as(deployment.name()).isEqualTo(2);
			JsonNode container = deployment.tree().at("/spec/template/spec/containers/0");
			assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/readiness");
			assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/actuator/health/liveness");
			assertThat(container.at("/resources/requests/memory").asText()).as(deployment.name()).isNotEmpty();
			assertThat(container.at("/resources/limits/memory").asText()).as(deployment.name()).isNotEmpty();
		}
		assertThat(BASE).filteredOn((manifest) -> manifest.kind().equals("PodDisruptionBudget")).hasSize(4);
		assertThat(BASE).filteredOn((manifest) -> manifest.kind().equals("HorizontalPodAutoscaler"))
			.extracting(Manifest::name)
			.containsExactlyInAnyOrder("gateway", "report-service");
	}

	@Test
	void everyServiceBudgetPolicyAndAutoscalerOfTheBaseFindsItsPods() {
		assertThat(Workloads.problems(BASE)).isEmpty();
	}

	@Test
	void onlyTheGatewayIsBehindTheIngress() {
		List<String> backends = new ArrayList<>();
		BASE.stream()
			.filter((manifest) -> manifest.kind().equals("Ingress"))
			.forEach((ingress) -> ingress.tree()
				.findValues("service")
				.forEach((service) -> backends.add(service.path("name").asText())));
		assertThat(backends).containsOnly("gateway").isNotEmpty();
	}

	@Test
	void theServicesTrustTheIssuerKeycloakIsReachedAt() {
		List<Manifest> baseAndKeycloak = new ArrayList<>(BASE);
		baseAndKeycloak.addAll(ManifestFiles.manifests(KUBERNETES.resolve("keycloak")));
		assertThat(Workloads.issuerProblems(baseAndKeycloak)).isEmpty();
		List<Manifest> elsewhere = new ArrayList<>(baseAndKeycloak);
		elsewhere.removeIf((manifest) -> manifest.kind().equals("Keycloak"));
		elsewhere.addAll(ManifestFiles.read("test", """
				apiVersion: k8s.keycloak.org/v2alpha1
				kind: Keycloak
				metadata:
				  name: gongkai-keycloak
				spec:
				  hostname:
				    hostname: https://sso.gongkai.example
				"""));
		assertThat(Workloads.issuerProblems(elsewhere)).singleElement()
			.asString()
			.contains("https://sso.gongkai.example/realms/gongkai");
	}

	@Test
	void everySettingAManifestGivesAServiceIsOneTheServiceReads() {
		ServiceSettings settings = ServiceSettings.ofRepository(ManifestFiles.repository());
		assertThat(settings.problems(ALL, ALL)).isEmpty();
	}

	@Test
	void theSettingsRecordsOfTheServicesAreRead() {
		assertThat(BoundProperties.of(List.of(ManifestFiles.repository().resolve("report-service/src/main/java"))))
			.contains("gongkai.exchange.bulk.max-documents", "gongkai.imports.preview-lifetime",
					"gongkai.imports.batch", "gongkai.feed.settle-time");
		assertThat(BoundProperties.ofSource("""
				@ConfigurationProperties("gongkai.example")
				public record Example(@DefaultValue("1") int maxItems, Map<String, URI> services,
						@DefaultValue("2s") Duration wait) {
				}
				""")).containsExactlyInAnyOrder("gongkai.example.max-items", "gongkai.example.services",
				"gongkai.example.wait");
	}

	@Test
	void noSecretIsKeptInTheRepository() {
		assertThat(ALL).filteredOn((manifest) -> manifest.kind().equals("Secret")).isEmpty();
	}

	@Test
	void everyKustomizationNamesFilesThatExistAndEveryManifestIsNamedByOne() throws Exception {
		List<Path> named = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path kustomization : ManifestFiles.yamlFiles(KUBERNETES)) {
			if (!ManifestFiles.isKustomization(kustomization)) {
				continue;
			}
			JsonNode tree = ManifestFiles.YAML.readTree(kustomization.toFile());
			List<String> paths = new ArrayList<>();
			tree.path("resources").forEach((resource) -> paths.add(resource.asText()));
			tree.path("patches").forEach((patch) -> paths.add(patch.path("path").asText()));
			for (String path : paths) {
				Path file = kustomization.resolveSibling(path).normalize();
				if (!Files.exists(file)) {
					problems.add(KUBERNETES.relativize(kustomization) + " names " + path + ", which is not there");
				}
				named.add(file);
			}
		}
		try (Stream<Path> files = ManifestFiles.yamlFiles(KUBERNETES).stream()) {
			files.filter((file) -> !ManifestFiles.isKustomization(file))
				.filter((file) -> !named.contains(file.normalize()))
				.forEach((file) -> problems.add(KUBERNETES.relativize(file) + " is named by no kustomization"));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void anUnknownFieldIsFound() {
		String misspelt = DEPLOYMENT.replace("      containers:", "      containerz: []\n      containers:");
		assertThat(problemsOf(misspelt)).anySatisfy((problem) -> assertThat(problem).contains("unknown field")
			.contains("spec.template.spec")
			.contains("containerz"));
		String deepInside = DEPLOYMENT.replace("              containerPort: 8082",
				"              containerPort: 8082\n              hostname: x");
		assertThat(problemsOf(deepInside)).anySatisfy((problem) -> assertThat(problem).contains("unknown field")
			.contains("containers[0].ports[0]")
			.contains("hostname"));
		assertThat(problemsOf(DEPLOYMENT)).isEmpty();
	}

	@Test
	void aValueOfTheWrongTypeIsFound() {
		assertThat(problemsOf(DEPLOYMENT.replace("replicas: 2", "replicas: two")))
			.anySatisfy((problem) -> assertThat(problem).contains("wrong type").contains("spec.replicas"));
		assertThat(problemsOf(DEPLOYMENT.replace("          image: gongkai/report-service",
				"          image: gongkai/report-service\n          resources:\n            limits:\n              memory: [1Gi]")))
			.anySatisfy((problem) -> assertThat(problem).contains("wrong type"));
		assertThat(problemsOf(DEPLOYMENT.replace("kind: Deployment", "kind: Deploymint")))
			.anySatisfy((problem) -> assertThat(problem).contains("no such kind"));
	}

	@Test
	void aServiceThatSelectsNoPodsIsFound() {
		List<Manifest> matching = new ArrayList<>(ManifestFiles.read("test", DEPLOYMENT));
		matching.addAll(ManifestFiles.read("test", SERVICE));
		assertThat(Workloads.problems(matching)).isEmpty();

		List<Manifest> mismatched = new ArrayList<>(ManifestFiles.read("test", DEPLOYMENT));
		mismatched.addAll(ManifestFiles.read("test",
				SERVICE.replace("name: report-service\n  ports", "name: reports-service\n  ports")));
		assertThat(Workloads.problems(mismatched)).anySatisfy(
				(problem) -> assertThat(problem).contains("Service report-service").contains("selects no pods"));

		List<Manifest> wrongPort = new ArrayList<>(ManifestFiles.read("test", DEPLOYMENT));
		wrongPort.addAll(ManifestFiles.read("test", SERVICE.replace("targetPort: http", "targetPort: web")));
		assertThat(Workloads.problems(wrongPort))
			.anySatisfy((problem) -> assertThat(problem).contains("target port web"));
	}

	@Test
	void aSettingTheServiceDoesNotReadIsFound() {
		ServiceSettings settings = new ServiceSettings(Map.of("report-service", """
				server:
				  address: ${GONGKAI_REPORT_ADDRESS:127.0.0.1}
				  shutdown: graceful
				"""), Map.of("report-service", Set.of("gongkai.exchange.bulk.max-documents")));
		List<Manifest> read = ManifestFiles.read("test",
				DEPLOYMENT.replace("GONGKAI_REPORT_ADDRESS", "SERVER_SHUTDOWN"));
		assertThat(settings.problems(ManifestFiles.read("test", DEPLOYMENT), List.of())).isEmpty();
		assertThat(settings.problems(read, List.of())).isEmpty();
		List<Manifest> bound = ManifestFiles.read("test",
				DEPLOYMENT.replace("GONGKAI_REPORT_ADDRESS", "GONGKAI_EXCHANGE_BULK_MAXDOCUMENTS"));
		assertThat(settings.problems(bound, List.of())).isEmpty();
		List<Manifest> dashedAsSpringNeverBindsIt = ManifestFiles.read("test",
				DEPLOYMENT.replace("GONGKAI_REPORT_ADDRESS", "GONGKAI_EXCHANGE_BULK_MAX_DOCUMENTS"));
		assertThat(settings.problems(dashedAsSpringNeverBindsIt, List.of())).singleElement()
			.asString()
			.contains("GONGKAI_EXCHANGE_BULK_MAX_DOCUMENTS");
		List<Manifest> unread = ManifestFiles.read("test",
				DEPLOYMENT.replace("GONGKAI_REPORT_ADDRESS", "GONGKAI_REPORTS_ADDRESS"));
		assertThat(settings.problems(unread, List.of())).containsExactly(
				"test: Deployment report-service: report-service reads no setting GONGKAI_REPORTS_ADDRESS");
		List<Manifest> fromConfigMap = ManifestFiles.read("test", DEPLOYMENT.replace("          env:",
				"          envFrom:\n            - configMapRef:\n                name: report-settings\n          env:"));
		List<Manifest> configMap = ManifestFiles.read("test", """
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: report-settings
				data:
				  GONGKAI_RATE_LIMIT_BURST: "400"
				""");
		assertThat(settings.problems(fromConfigMap, configMap)).containsExactly(
				"test: Deployment report-service: report-service reads no setting GONGKAI_RATE_LIMIT_BURST");
	}

	@Test
	void theOperatorsResourcesAreValidAgainstTheFieldsOfTheirCrds() {
		List<Manifest> operators = ALL.stream()
			.filter((manifest) -> ApiSchema.OPERATOR_KINDS.contains(manifest.apiVersion() + " " + manifest.kind()))
			.toList();
		assertThat(operators).extracting(Manifest::kind).contains("Keycloak", "Cluster", "PerconaServerMongoDB");
		assertThat(operators.stream().flatMap((manifest) -> OperatorSchemas.problems(manifest).stream())).isEmpty();
	}

	@Test
	void anOperatorsResourceWithAFieldItsCrdLacksOrOfTheWrongTypeIsFound() throws Exception {
		String mongodb = Files.readString(KUBERNETES.resolve("mongodb/mongodb.yaml"));
		assertThat(problemsOf(mongodb)).isEmpty();
		assertThat(problemsOf(mongodb.replace("      size: 3\n      affinity:", "      size: three\n      affinity:")))
			.anySatisfy((problem) -> assertThat(problem).contains("PerconaServerMongoDB gongkai-mongodb")
				.contains("/spec/replsets/0/size"));
		assertThat(problemsOf(mongodb.replace("      oplogSpanMin: 10", "      oplogSpanMin: 10\n      oplogSpan: 10")))
			.anySatisfy((problem) -> assertThat(problem).contains("/spec/backup/pitr").contains("oplogSpan"));
		assertThat(problemsOf(mongodb.replace("        type: physical", "        type: snapshot")))
			.anySatisfy((problem) -> assertThat(problem).contains("/spec/backup/tasks/0/type"));

		String postgres = Files.readString(KUBERNETES.resolve("keycloak/postgres.yaml"));
		assertThat(problemsOf(postgres)).isEmpty();
		assertThat(problemsOf(postgres.replace("  instances: 3\n", "")))
			.anySatisfy((problem) -> assertThat(problem).contains("Cluster gongkai-keycloak-db").contains("instances"));
		assertThat(
				problemsOf(postgres.replace("primaryUpdateStrategy: unsupervised", "primaryUpdateStrategy: automatic")))
			.anySatisfy((problem) -> assertThat(problem).contains("/spec/primaryUpdateStrategy"));

		String keycloak = Files.readString(KUBERNETES.resolve("keycloak/keycloak.yaml"));
		assertThat(problemsOf(keycloak)).isEmpty();
		assertThat(problemsOf(keycloak.replace("    enabled: true", "    enabled: yes please")))
			.anySatisfy((problem) -> assertThat(problem).contains("Keycloak gongkai-keycloak")
				.contains("/spec/ingress/enabled"));
		assertThat(problemsOf(keycloak.replace("  instances: 2", "  instances: 2\n  replicas: 2")))
			.anySatisfy((problem) -> assertThat(problem).contains("replicas"));
	}

	@Test
	void aRealmImportWithoutTheKeycloakItGoesToIsFound() {
		String realmImport = """
				apiVersion: k8s.keycloak.org/v2alpha1
				kind: KeycloakRealmImport
				metadata:
				  name: gongkai-realm
				spec:
				  keycloakCRName: gongkai-keycloak
				  realm:
				    realm: gongkai
				""";
		assertThat(problemsOf(realmImport)).isEmpty();
		assertThat(problemsOf(realmImport.replace("  keycloakCRName: gongkai-keycloak\n", "")))
			.anySatisfy((problem) -> assertThat(problem).contains("keycloakCRName"));
	}

	private static List<String> problemsOf(String yaml) {
		return ManifestFiles.read("test", yaml)
			.stream()
			.flatMap((manifest) -> ApiSchema.problems(manifest).stream())
			.toList();
	}

}
