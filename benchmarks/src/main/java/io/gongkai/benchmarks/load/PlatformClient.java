package io.gongkai.benchmarks.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The load drivers' way into a running platform: tokens from Keycloak by password grant
 * (the demo password) and requests through the gateway.
 */
public final class PlatformClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String gateway;

	private final String keycloak;

	public PlatformClient(String gateway, String keycloak) {
		this.gateway = gateway;
		this.keycloak = keycloak;
	}

	public String gateway() {
		return this.gateway;
	}

	String keycloak() {
		return this.keycloak;
	}

	/**
	 * Sends a request; {@code uri} is absolute, {@code body} JSON unless a type is given.
	 */
	public HttpResponse<String> send(String method, String uri, String token, String body) throws Exception {
		return send(method, uri, token, "application/json", body);
	}

	HttpResponse<String> send(String method, String uri, String token, String contentType, String body)
			throws Exception {
		return send(HttpRequest.newBuilder(URI.create(uri))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", contentType)
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody()));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * An access token of {@code username} (password {@code gongkai-demo}) in the realm.
	 */
	public String token(String realm, String client, String username) throws Exception {
		String form = "grant_type=password&client_id=" + client + "&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=gongkai-demo";
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create(this.keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("No token for " + username + ": " + response.body());
		}
		return JSON.readTree(response.body()).path("access_token").asString();
	}

}
