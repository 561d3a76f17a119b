package io.gongkai.deploy.kubernetes;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RealmImportTests {

	private final String realm = RealmImport.realmFile();

	private JsonNode importFor(String address) throws Exception {
		return ManifestFiles.YAML.readTree(new RealmImport().manifest(this.realm, address));
	}

	@Test
	void theImportIsAValidKeycloakRealmImportOfTheRealmWithoutItsDemoUsers() throws Exception {
		String manifest = new RealmImport().manifest(this.realm, "https://gongkai.example");
		List<Manifest> documents = ManifestFiles.read("realm-import.json", manifest);
		assertThat(documents).singleElement()
			.satisfies((document) -> assertThat(ApiSchema.problems(document)).isEmpty())
			.satisfies((document) -> assertThat(document.kind()).isEqualTo("KeycloakRealmImport"));
		JsonNode spec = documents.get(0).tree().path("spec");
		assertThat(spec.path("keycloakCRName").asText()).isEqualTo("gongkai-keycloak");
		assertThat(spec.path("realm").path("realm").asText()).isEqualTo("gongkai");
		assertThat(spec.path("realm").has("users")).isFalse();
		assertThat(spec.path("realm").path("roles").path("realm").findValuesAsText("name")).contains("platform-admin",
				"national-analyst", "provincial-coordinator", "agency-reporter");
		assertThat(spec.path("realm").path("sslRequired").asText()).isEqualTo("external");
		assertThat(manifest).doesNotContain("gongkai-demo", "gongkai-web-secret", "gongkai-service-secret", "127.0.0.1",
				"localhost");
	}

	@Test
	void clientSecretsComeFromTheSecretTheServicesReadThemFrom() throws Exception {
		JsonNode spec = importFor("https://gongkai.example").path("spec");
		JsonNode web = client(spec, "gongkai-web");
		assertThat(web.path("secret").asText()).isEqualTo("${GONGKAI_WEB_CLIENT_SECRET}");
		assertThat(client(spec, "gongkai-service").path("secret").asText())
			.isEqualTo("${GONGKAI_SERVICE_CLIENT_SECRET}");
		assertThat(spec.at("/placeholders/GONGKAI_WEB_CLIENT_SECRET/secret/name").asText())
			.isEqualTo("gongkai-keycloak-clients");
		assertThat(spec.at("/placeholders/GONGKAI_WEB_CLIENT_SECRET/secret/key").asText())
			.isEqualTo("web-client-secret");
		assertThat(spec.at("/placeholders/GONGKAI_SERVICE_CLIENT_SECRET/secret/key").asText())
			.isEqualTo("service-client-secret");
		List<Manifest> base = ManifestFiles.manifests(ManifestFiles.kubernetes().resolve("base"));
		List<String> keysTheServicesRead = base.stream()
			.flatMap((manifest) -> manifest.tree().findValues("secretKeyRef").stream())
			.filter((reference) -> reference.path("name").asText().equals(RealmImport.CLIENT_SECRETS))
			.map((reference) -> reference.path("key").asText())
			.distinct()
			.toList();
		assertThat(keysTheServicesRead).containsExactlyInAnyOrder("web-client-secret", "service-client-secret");
	}

	@Test
	void theBrowserClientSendsPeopleBackToThePublicAddressOnly() throws Exception {
		JsonNode web = client(importFor("https://gongkai.example:8443/").path("spec"), "gongkai-web");
		assertThat(web.path("rootUrl").asText()).isEqualTo("https://gongkai.example:8443");
		assertThat(web.path("redirectUris")).extracting(JsonNode::asText)
			.containsExactly("https://gongkai.example:8443/*");
		assertThat(web.path("attributes").path("post.logout.redirect.uris").asText())
			.isEqualTo("https://gongkai.example:8443/*");
	}

	@Test
	void anAddressThatIsNotHttpsOrHasAPathIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RealmImport().manifest(this.realm, "http://gongkai.example"))
			.withMessageContaining("https://");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RealmImport().manifest(this.realm, "https://gongkai.example/app"));
	}

	private static JsonNode client(JsonNode spec, String clientId) {
		for (JsonNode client : spec.path("realm").path("clients")) {
			if (client.path("clientId").asText().equals(clientId)) {
				return client;
			}
		}
		throw new AssertionError("no client " + clientId);
	}

}
