package io.gongkai.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the gateway is an RFC 9457 problem, Chinese first: those of its
 * WebFlux layer (an unknown path, a wrong method) and those Reactor Netty sends before
 * the gateway sees the request (a request line or headers over the limits, a request that
 * is not HTTP it can read).
 */
class RefusalProblemTests extends GatewayTest {

	@LocalServerPort
	int port;

	@Test
	void anUnknownPathIsANotFoundProblemInChinese() {
		this.client.get()
			.uri("/api/nowhere")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "zh-CN")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/not-found")
			.jsonPath("$.title")
			.isEqualTo("地址不存在")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.instance")
			.isEqualTo("/api/nowhere")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("/api/reports/"))
			.jsonPath("$.error")
			.doesNotExist();
	}

	@Test
	void aCallerAskingForEnglishGetsTheProblemInEnglish() {
		this.client.get()
			.uri("/api/nowhere")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,zh;q=0.5")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Not found");
	}

	@Test
	void theFallbackOfAServiceThatDoesNotExistIsANotFoundProblem() {
		this.client.get()
			.uri("/fallback/no-such-service")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/not-found");
	}

	@Test
	void aMethodThePathDoesNotTakeIsAProblemWithTheAllowedMethods() {
		this.client.delete()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/method-not-allowed")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("DELETE"));
	}

	@Test
	void aPathTheFirewallRefusesIsARejectedRequestProblem() throws IOException {
		String response = send(
				"GET /api/reports;jsessionid=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

		assertProblem(response, 400, "rejected-request", "请求被拒绝");
		assertThat(body(response)).contains("\"instance\":\"/api/reports;jsessionid=1\"");
	}

	@Test
	void aRequestLineOverTheLimitIsAUriTooLongProblem() throws IOException {
		String response = send("GET /api/reports?q=" + "a".repeat(6_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

		assertProblem(response, 414, "uri-too-long", "请求地址过长");
	}

	@Test
	void headersOverTheLimitAreAHeadersTooLargeProblem() throws IOException {
		String response = send(
				"GET /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "b".repeat(12_000) + "\r\n\r\n");

		assertProblem(response, 431, "headers-too-large", "请求头过大");
	}

	@Test
	void aRequestThatIsNotHttpIsAMalformedRequestProblem() throws IOException {
		String response = send("GET /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n");

		assertProblem(response, 400, "malformed-request", "请求格式错误");
	}

	@Test
	void theDecodersProblemIsInEnglishWhenTheCallerAskedForItBeforeTheMalformedPart() throws IOException {
		String response = send(
				"GET /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\nBad Header: x\r\n\r\n");

		assertProblem(response, 400, "malformed-request", "Malformed request");
	}

	private void assertProblem(String response, int status, String kind, String title) {
		assertThat(response).startsWith("HTTP/1.1 " + status);
		String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
		assertThat(headers).contains("content-type: application/problem+json");
		assertThat(body(response)).contains("\"type\":\"https://gongkai.io/problems/" + kind + "\"")
			.contains("\"title\":\"" + title + "\"")
			.contains("\"status\":" + status)
			.contains("\"detail\":\"");
	}

	private static String body(String response) {
		return response.substring(response.indexOf("\r\n\r\n") + 4);
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				received.write(buffer, 0, read);
			}
			return received.toString(StandardCharsets.UTF_8);
		}
	}

}
