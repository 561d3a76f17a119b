package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform as {@code ./gongkai up} starts it, on free loopback ports: the real
 * Keycloak from its distribution, the embedded store, the four services and the demo
 * data. Started once for all end-to-end test classes (a JUnit extension that resolves a
 * {@code RunningPlatform} parameter) and stopped with {@code ./gongkai down} when they
 * are done. Also how a test talks to it: tokens from Keycloak, requests through the
 * gateway.
 */
final class RunningPlatform implements ParameterResolver, AutoCloseable {

	/** The demo users' password (see the README). */
	static final String DEMO_PASSWORD = "gongkai-demo";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final Map<String, String> env = new HashMap<>();

	/** For JUnit, which makes the extension; the platform itself is made once, below. */
	RunningPlatform() {
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == RunningPlatform.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.create(RunningPlatform.class))
			.computeIfAbsent(RunningPlatform.class, (key) -> RunningPlatform.start(), RunningPlatform.class);
	}

	private static RunningPlatform start() {
		RunningPlatform platform = new RunningPlatform();
		Path home = Path.of(System.getProperty("gongkai.home", "..")).toAbsolutePath().normalize();
		System.setProperty("gongkai.home", home.toString());
		Path data = home.resolve("deploy/target/e2e-data");
		deleteRecursively(data);
		platform.env.put("GONGKAI_DATA_DIR", data.toString());
		for (String variable : List.of("GONGKAI_GATEWAY_PORT", "GONGKAI_TENANT_PORT", "GONGKAI_REPORT_PORT",
				"GONGKAI_ANALYTICS_PORT", "GONGKAI_KEYCLOAK_PORT", "GONGKAI_STORE_PORT")) {
			platform.env.put(variable, Integer.toString(freePort()));
		}
		// Keycloak alone takes five minutes on a busy shared machine
		platform.env.put("GONGKAI_START_TIMEOUT_SECONDS", "600");
		platform.env.put("GONGKAI_TOKEN_CLOCK_SKEW", "5s");
		int exit = GongkaiLauncher.run(new String[] { "up" }, platform.env, Console.system());
		assertThat(exit).as("./gongkai up exit code").isZero();
		return platform;
	}

	/** Stops what {@code up} started, once every test class is done. */
	@Override
	public void close() {
		GongkaiLauncher.run(new String[] { "down" }, this.env, Console.system());
	}

	/** The gateway's base URL, as browsers and API clients call it. */
	String gateway() {
		return "http://127.0.0.1:" + this.env.get("GONGKAI_GATEWAY_PORT");
	}

	/** The {@code gongkai} realm's issuer URI. */
	String issuer() {
		return "http://127.0.0.1:" + this.env.get("GONGKAI_KEYCLOAK_PORT") + "/realms/gongkai";
	}

	/** The folder {@code up} keeps its data, logs and pid files in. */
	Path dataDirectory() {
		return Path.of(this.env.get("GONGKAI_DATA_DIR"));
	}

	HttpClient http() {
		return this.http;
	}

	/** An access token of a demo user (password grant of the given client). */
	String password(String clientId, String username) throws Exception {
		return grant(issuer(), clientId, username);
	}

	/**
	 * A genuine Keycloak token of another realm: signed by Keycloak, issued by the master
	 * realm (its admin), not by {@code gongkai}.
	 */
	String tokenFromMasterRealm() throws Exception {
		return grant(issuer().replace("/realms/gongkai", "/realms/master"), "admin-cli", "admin");
	}

	private String grant(String realmUri, String clientId, String username) throws Exception {
		Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
				"password", DEMO_PASSWORD);
		String body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(realmUri + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(clientId + "/" + username + ": " + response.body()).isEqualTo(200);
		return json.readTree(response.body()).get("access_token").asString();
	}

	/**
	 * What a person does at the first sign-in (choose a password, here the demo one),
	 * done through Keycloak's admin API.
	 */
	void completeFirstSignIn(String userId) throws Exception {
		String admin = tokenFromMasterRealm();
		String users = issuer().replace("/realms/gongkai", "/admin/realms/gongkai/users/") + userId;
		HttpResponse<String> password = this.http.send(HttpRequest.newBuilder(URI.create(users + "/reset-password"))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers
				.ofString("{\"type\":\"password\",\"value\":\"" + DEMO_PASSWORD + "\",\"temporary\":false}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(password.statusCode()).as(password.body()).isEqualTo(204);
		HttpResponse<String> actions = this.http.send(HttpRequest.newBuilder(URI.create(users))
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(actions.statusCode()).as(actions.body()).isEqualTo(204);
	}

	/** A JSON request through the gateway with a bearer token. */
	HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(gateway() + path))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GET through the gateway, with a bearer token or none. */
	HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway() + path))
			.timeout(Duration.ofSeconds(20));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Deletes a folder and what it holds (every run starts from an empty data folder).
	 */
	static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
