package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Access tokens for demo users, by password grant through the public {@code gongkai-cli}
 * client. Tokens are kept for the few seconds demo loading takes.
 */
class PasswordGrant {

	static final String CLIENT_ID = "gongkai-cli";

	private final HttpClient http;

	private final ObjectMapper json;

	private final URI tokenEndpoint;

	private final Map<String, String> tokens = new HashMap<>();

	PasswordGrant(HttpClient http, ObjectMapper json, String issuerUri) {
		this.http = http;
		this.json = json;
		this.tokenEndpoint = URI.create(issuerUri + "/protocol/openid-connect/token");
	}

	/**
	 * An access token for the user.
	 * @param username the user
	 * @param password the password
	 * @return the access token
	 */
	synchronized String accessToken(String username, String password) {
		String cached = this.tokens.get(username);
		if (cached != null) {
			return cached;
		}
		String form = "grant_type=password&client_id=" + CLIENT_ID + "&scope=openid&username=" + encode(username)
				+ "&password=" + encode(password);
		HttpRequest request = HttpRequest.newBuilder(this.tokenEndpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 200) {
			throw new LauncherException("Keycloak refused a token for " + username + " (HTTP " + response.statusCode()
					+ " from " + this.tokenEndpoint + "): " + abbreviate(response.body()));
		}
		JsonNode body = this.json.readTree(response.body());
		String token = body.path("access_token").asString("");
		if (token.isEmpty()) {
			throw new LauncherException("Keycloak's answer for " + username + " has no access_token");
		}
		this.tokens.put(username, token);
		return token;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new LauncherException("Could not reach Keycloak at " + this.tokenEndpoint + ": " + ex.getMessage(),
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("Interrupted while asking Keycloak for a token", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String abbreviate(String text) {
		String flat = (text != null) ? text.replaceAll("\\s+", " ").trim() : "";
		return (flat.length() > 300) ? flat.substring(0, 300) + "..." : flat;
	}

}
