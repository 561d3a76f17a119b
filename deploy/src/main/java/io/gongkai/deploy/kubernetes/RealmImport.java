package io.gongkai.deploy.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Keycloak Operator's {@code KeycloakRealmImport} made from the one realm file,
 * {@code deploy/keycloak/gongkai-realm.json}: the demo users left out, the client secrets
 * replaced by placeholders the operator fills from the Secret
 * {@code gongkai-keycloak-clients} (the one the services read theirs from), the browser
 * client's addresses set to the platform's public address, TLS required from outside.
 *
 * <pre>
 * java -Dloader.main=io.gongkai.deploy.kubernetes.RealmImport -jar deploy/target/deploy-*.jar \
 *     https://gongkai.example &gt; realm-import.json
 * </pre>
 */
public final class RealmImport {

	static final String CLIENT_SECRETS = "gongkai-keycloak-clients";

	static final String KEYCLOAK = "gongkai-keycloak";

	/**
	 * Each confidential client, the variable its secret is given as, and its key in the
	 * Secret.
	 */
	static final Map<String, List<String>> SECRET_OF_CLIENT = Map.of("gongkai-web",
			List.of("GONGKAI_WEB_CLIENT_SECRET", "web-client-secret"), "gongkai-service",
			List.of("GONGKAI_SERVICE_CLIENT_SECRET", "service-client-secret"));

	private static final String LOCAL_ADDRESS = "http://127.0.0.1:${GONGKAI_GATEWAY_PORT}";

	private static final String POST_LOGOUT_REDIRECTS = "post.logout.redirect.uris";

	private final JsonMapper json = JsonMapper.builder().build();

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("用法：RealmImport <平台的公网地址，如 https://gongkai.example>");
			System.exit(2);
		}
		try {
			System.out.println(new RealmImport().manifest(realmFile(), args[0]));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
		}
		catch (IllegalStateException ex) {
			System.err.println("无法由领域文件生成导入：" + ex.getMessage());
			System.exit(1);
		}
	}

	static String realmFile() {
		try (InputStream in = RealmImport.class.getResourceAsStream("/keycloak/gongkai-realm.json")) {
			if (in == null) {
				throw new IllegalStateException("keycloak/gongkai-realm.json is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The KeycloakRealmImport for a platform reached at {@code publicAddress}, as JSON.
	 */
	String manifest(String realmJson, String publicAddress) {
		String address = checkedAddress(publicAddress);
		ObjectNode realm = (ObjectNode) this.json.readTree(realmJson);
		realm.remove("users");
		realm.put("sslRequired", "external");
		ObjectNode placeholders = this.json.createObjectNode();
		for (JsonNode client : realm.withArray("clients")) {
			confidential((ObjectNode) client, placeholders);
			publicAddresses((ObjectNode) client, address);
		}
		String remaining = realm.toString();
		if (remaining.contains("${GONGKAI_GATEWAY_PORT}")) {
			throw new IllegalStateException("the realm names a local address this import does not replace");
		}
		ObjectNode manifest = this.json.createObjectNode();
		manifest.put("apiVersion", "k8s.keycloak.org/v2alpha1");
		manifest.put("kind", "KeycloakRealmImport");
		manifest.putObject("metadata").put("name", "gongkai-realm");
		ObjectNode spec = manifest.putObject("spec");
		spec.put("keycloakCRName", KEYCLOAK);
		spec.set("placeholders", placeholders);
		spec.set("realm", realm);
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest);
	}

	private static String checkedAddress(String publicAddress) {
		URI uri;
		try {
			uri = URI.create(publicAddress.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("不是一个网址：" + publicAddress);
		}
		if (!"https".equals(uri.getScheme()) || uri.getHost() == null
				|| (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))
				|| uri.getQuery() != null) {
			throw new IllegalArgumentException("平台的公网地址须为 https://主机名（可带端口，不带路径）：" + publicAddress);
		}
		String text = uri.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	private static void confidential(ObjectNode client, ObjectNode placeholders) {
		if (!client.has("secret")) {
			return;
		}
		String clientId = client.path("clientId").asString();
		List<String> secret = SECRET_OF_CLIENT.get(clientId);
		if (secret == null) {
			throw new IllegalStateException("client " + clientId + " has a secret and no Secret key to take it from");
		}
		client.put("secret", "${" + secret.get(0) + "}");
		ObjectNode reference = placeholders.putObject(secret.get(0)).putObject("secret");
		reference.put("name", CLIENT_SECRETS);
		reference.put("key", secret.get(1));
	}

	private static void publicAddresses(ObjectNode client, String address) {
		for (String field : List.of("rootUrl", "baseUrl", "adminUrl")) {
			String url = client.path(field).asString("");
			if (url.startsWith(LOCAL_ADDRESS)) {
				client.put(field, address + url.substring(LOCAL_ADDRESS.length()));
			}
		}
		if (client.has("redirectUris")) {
			Set<String> uris = new LinkedHashSet<>();
			client.path("redirectUris").forEach((uri) -> addPublic(uri.asString(), address, uris));
			ArrayNode replaced = client.putArray("redirectUris");
			uris.forEach(replaced::add);
		}
		JsonNode attributes = client.path("attributes");
		if (attributes.has(POST_LOGOUT_REDIRECTS)) {
			Set<String> uris = new LinkedHashSet<>();
			for (String uri : attributes.path(POST_LOGOUT_REDIRECTS).asString().split("##")) {
				addPublic(uri, address, uris);
			}
			((ObjectNode) attributes).put(POST_LOGOUT_REDIRECTS, String.join("##", uris));
		}
	}

	/**
	 * A local address of the gateway becomes the public one; the localhost variant is
	 * dropped.
	 */
	private static void addPublic(String uri, String address, Set<String> uris) {
		if (uri.startsWith(LOCAL_ADDRESS)) {
			uris.add(address + uri.substring(LOCAL_ADDRESS.length()));
		}
		else if (!uri.contains("${GONGKAI_GATEWAY_PORT}")) {
			uris.add(uri);
		}
	}

}
