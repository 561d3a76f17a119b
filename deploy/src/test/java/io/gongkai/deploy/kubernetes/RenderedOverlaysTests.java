package io.gongkai.deploy.kubernetes;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each overlay as {@code kubectl apply -k} would send it: rendered by kubectl's Kustomize
 * and checked like the files themselves. Needs kubectl on the PATH (Debian's package
 * {@code kubectl}); without it this test is skipped, and the files are still checked one
 * by one by {@link KubernetesManifestsTests}.
 */
class RenderedOverlaysTests {

	@ParameterizedTest
	@CsvSource({ "production, gongkai", "demo, gongkai-demo" })
	void theRenderedOverlayIsValidAndEverythingIsInItsNamespace(String overlay, String namespace) throws Exception {
		Optional<Path> kubectl = onPath("kubectl");
		Assumptions.assumeTrue(kubectl.isPresent(), "kubectl is not installed: the overlays are not rendered");
		String rendered = render(kubectl.get(), ManifestFiles.kubernetes().resolve("overlays").resolve(overlay));
		List<Manifest> manifests = ManifestFiles.read("overlays/" + overlay, rendered);

		assertThat(manifests).extracting(Manifest::kind)
			.contains("Deployment", "Service", "Ingress", "Keycloak", "Cluster", "PerconaServerMongoDB");
		List<String> problems = new ArrayList<>();
		manifests.forEach((manifest) -> problems.addAll(ApiSchema.problems(manifest)));
		problems.addAll(Workloads.problems(manifests));
		problems.addAll(Workloads.issuerProblems(manifests));
		problems.addAll(ServiceSettings.ofRepository(ManifestFiles.repository()).problems(manifests, manifests));
		assertThat(problems).isEmpty();
		assertThat(manifests).allSatisfy(
				(manifest) -> assertThat(manifest.tree().at("/metadata/namespace").asText()).as(manifest.describe())
					.isEqualTo(namespace));
		assertThat(manifests).filteredOn((manifest) -> manifest.kind().equals("Deployment"))
			.allSatisfy((deployment) -> assertThat(deployment.tree().at("/spec/replicas").asInt()).isEqualTo(2));
	}

	private static String render(Path kubectl, Path overlay) throws IOException, InterruptedException {
		Path output = Files.createTempFile("overlay", ".yaml");
		try {
			Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString())
				.redirectOutput(output.toFile())
				.redirectErrorStream(false)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize ends within 60 s").isTrue();
			assertThat(process.exitValue()).as("kubectl kustomize " + overlay).isZero();
			return Files.readString(output, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static Optional<Path> onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String folder : path.split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
