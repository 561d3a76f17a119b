package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo agencies and reports through the gateway, as the demo users would:
 * agencies as {@code admin}, each report as its province's {@code reporter-<code>}.
 * Idempotent: 409 (already there) counts as done, so a second {@code up} changes nothing.
 */
final class DemoData {

	static final String DEMO_PASSWORD = "gongkai-demo";

	private static final String AGENCIES = "/demo/agencies.json";

	private static final String REPORTS = "/demo/reports/";

	private final HttpClient http;

	private final ObjectMapper json;

	private final PasswordGrant tokens;

	private final String gatewayUrl;

	DemoData(HttpClient http, ObjectMapper json, PasswordGrant tokens, String gatewayUrl) {
		this.http = http;
		this.json = json;
		this.tokens = tokens;
		this.gatewayUrl = gatewayUrl;
	}

	/**
	 * Creates what is missing.
	 * @return what was created and what was already there
	 */
	Summary load() {
		int agenciesCreated = 0;
		int agenciesPresent = 0;
		for (JsonNode agency : agencies()) {
			String province = agency.path("provinceCode").asString();
			ObjectNode body = this.json.createObjectNode();
			for (String field : List.of("id", "name", "aliases", "level", "kind", "regionCode", "scope")) {
				body.set(field, agency.get(field));
			}
			boolean created = send("/api/tenants/" + province + "/agencies", "admin", body,
					"agency " + agency.path("id").asString())
				.isPresent();
			if (created) {
				agenciesCreated++;
			}
			else {
				agenciesPresent++;
			}
		}
		int reportsCreated = 0;
		int reportsPresent = 0;
		for (JsonNode report : reports()) {
			String province = report.path("provinceCode").asString();
			String reporter = "reporter-" + province;
			String what = "report " + report.path("year").asInt() + " of " + report.path("agencyName").asString();
			Optional<JsonNode> created = send("/api/reports", reporter, reportRequest(report), what);
			if (created.isPresent()) {
				publish(created.get().path("id").asString(), reporter, "coordinator-" + province, what);
				reportsCreated++;
			}
			else {
				reportsPresent++;
			}
		}
		return new Summary(agenciesCreated, agenciesPresent, reportsCreated, reportsPresent);
	}

	/**
	 * Takes a new demo report through its life, as its agency and coordinator would:
	 * submitted, accepted, published; so that it counts in the national figures.
	 */
	private void publish(String reportId, String reporter, String coordinator, String what) {
		String report = "/api/reports/" + reportId;
		send(report + "/submit", reporter, this.json.createObjectNode(), what + " (submit)");
		send(report + "/accept", coordinator, this.json.createObjectNode(), what + " (accept)");
		send(report + "/publish", coordinator, this.json.createObjectNode(), what + " (publish)");
	}

	ObjectNode reportRequest(JsonNode report) {
		ObjectNode body = this.json.createObjectNode();
		body.put("year", report.path("year").asInt());
		body.put("format", report.path("format").asString());
		body.put("scope", "own");
		body.put("agencyName", report.path("agencyName").asString());
		JsonNode publishedOn = report.get("publishedOn");
		if (publishedOn != null && !publishedOn.isNull()) {
			body.put("publishedOn", publishedOn.asString());
		}
		body.set("metrics", report.get("metrics"));
		return body;
	}

	List<JsonNode> agencies() {
		List<JsonNode> agencies = new ArrayList<>();
		readResource(AGENCIES).forEach(agencies::add);
		return agencies;
	}

	List<JsonNode> reports() {
		List<JsonNode> reports = new ArrayList<>();
		String index = new String(resourceBytes(REPORTS + "index.txt"), StandardCharsets.UTF_8);
		for (String line : index.split("\\R")) {
			if (!line.isBlank()) {
				reports.add(readResource(REPORTS + line.trim()));
			}
		}
		return reports;
	}

	/**
	 * POSTs {@code body}; the answer's body when something was created or done, empty
	 * when it was there already (409).
	 */
	private Optional<JsonNode> send(String path, String username, JsonNode body, String what) {
		String token = this.tokens.accessToken(username, DEMO_PASSWORD);
		URI uri = URI.create(this.gatewayUrl + path);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new LauncherException("Could not reach the gateway at " + uri + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("Interrupted while loading demo data", ex);
		}
		int status = response.statusCode();
		if (status == 201 || status == 200) {
			String answer = response.body();
			return Optional
				.of((answer == null || answer.isBlank()) ? this.json.createObjectNode() : this.json.readTree(answer));
		}
		if (status == 409) {
			return Optional.empty();
		}
		throw new LauncherException("Loading the demo " + what + " failed: POST " + uri + " as " + username
				+ " answered " + status + ": " + PasswordGrant.abbreviate(response.body()));
	}

	private JsonNode readResource(String name) {
		return this.json.readTree(resourceBytes(name));
	}

	private static byte[] resourceBytes(String name) {
		try (InputStream in = DemoData.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What loading did.
	 *
	 * @param agenciesCreated agencies created now
	 * @param agenciesPresent agencies that were already there
	 * @param reportsCreated reports created now
	 * @param reportsPresent reports that were already there
	 */
	record Summary(int agenciesCreated, int agenciesPresent, int reportsCreated, int reportsPresent) {

	}

}
