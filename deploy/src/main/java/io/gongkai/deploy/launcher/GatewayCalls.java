package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls to the platform through the gateway as a demo user, answered whatever their
 * status. A 429 of the gateway's rate limit, or a 503 of a service slow to answer on a
 * busy machine, is waited out (its {@code Retry-After}, else a few seconds more each
 * time) and tried again, up to five attempts.
 */
class GatewayCalls {

	private static final int ATTEMPTS = 5;

	/** The pause after a 503 without {@code Retry-After}, times the attempt. */
	static final Duration UNAVAILABLE_PAUSE = Duration.ofSeconds(2);

	private final HttpClient http;

	private final ObjectMapper json;

	private final PasswordGrant tokens;

	private final String gatewayUrl;

	GatewayCalls(HttpClient http, ObjectMapper json, PasswordGrant tokens, String gatewayUrl) {
		this.http = http;
		this.json = json;
		this.tokens = tokens;
		this.gatewayUrl = gatewayUrl;
	}

	ObjectMapper json() {
		return this.json;
	}

	Answer get(String path, String username) {
		return call("GET", path, username, null);
	}

	Answer post(String path, String username, JsonNode body) {
		return call("POST", path, username, body);
	}

	/** A read of the public side ({@code /api/public/**}), with no sign-in. */
	Answer getAnonymously(String path) {
		return call("GET", path, null, null);
	}

	private Answer call(String method, String path, String username, JsonNode body) {
		URI uri = URI.create(this.gatewayUrl + path);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.header("Accept-Language", "zh-CN");
		if (username != null) {
			request.header("Authorization", "Bearer " + this.tokens.accessToken(username, DemoData.DEMO_PASSWORD));
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body),
						StandardCharsets.UTF_8));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = send(request.build(), uri);
			int status = response.statusCode();
			boolean again = (status == 429 || status == 503) && attempt < ATTEMPTS;
			if (!again) {
				return new Answer(method + " " + path, status, parse(response.body()));
			}
			long retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(-1);
			pause((retryAfter >= 0) ? Duration.ofSeconds(retryAfter) : UNAVAILABLE_PAUSE.multipliedBy(attempt));
		}
	}

	private HttpResponse<String> send(HttpRequest request, URI uri) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new LauncherException("无法连接网关 " + uri + "：" + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("加载演示数据时被中断", ex);
		}
	}

	private JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return this.json.createObjectNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return this.json.createObjectNode().put("detail", PasswordGrant.abbreviate(body));
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(Math.min(duration.toMillis(), 10_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("加载演示数据时被中断", ex);
		}
	}

	/**
	 * A call's answer.
	 *
	 * @param request the method and path, for messages
	 * @param status the HTTP status
	 * @param body the JSON body (empty when there was none)
	 */
	record Answer(String request, int status, JsonNode body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		/** The problem's stable kind, the last segment of its {@code type}. */
		String problemKind() {
			String type = this.body.path("type").asString("");
			return type.substring(type.lastIndexOf('/') + 1);
		}

		/**
		 * The answer, or what went wrong as a person reads it.
		 * @param what what the call was for, in Chinese
		 * @return this answer when it succeeded
		 * @throws LauncherException saying what failed, its status and the problem's
		 * detail
		 */
		Answer require(String what) {
			if (ok()) {
				return this;
			}
			throw new LauncherException(failure(what));
		}

		/**
		 * What went wrong, as a person reads it.
		 * @param what what the call was for, in Chinese
		 * @return what failed, the status and the problem's detail
		 */
		String failure(String what) {
			String detail = this.body.path("detail").asString(this.body.path("title").asString(""));
			return what + "未成功（" + this.request + " 答复 " + this.status
					+ (problemKind().isEmpty() ? "" : " " + problemKind()) + "）"
					+ (detail.isEmpty() ? "" : "：" + PasswordGrant.abbreviate(detail));
		}

	}

}
