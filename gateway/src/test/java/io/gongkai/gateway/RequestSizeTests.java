package io.gongkai.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over the limit ({@code 1KB} in these tests) are refused with a 413 problem
 * before they reach a service, whether or not they declare their length.
 */
class RequestSizeTests extends GatewayTest {

	@LocalServerPort
	int port;

	@Test
	void aBodyWithinTheLimitIsPassedOnWithTheBearerTokenAndNoCsrfToken() {
		TestEnvironment.REPORT_SERVICE.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(201)));

		this.client.post()
			.uri("/api/reports/110000/2024/imports")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("a".repeat(1000))
			.exchange()
			.expectStatus()
			.isCreated();

		TestEnvironment.REPORT_SERVICE.verify(postRequestedFor(urlEqualTo("/api/reports/110000/2024/imports"))
			.withRequestBody(equalTo("a".repeat(1000))));
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413Problem() {
		TestEnvironment.REPORT_SERVICE.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(201)));

		this.client.post()
			.uri("/api/reports/110000/2024/imports")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("a".repeat(2000))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/request-too-large")
			.jsonPath("$.instance")
			.isEqualTo("/api/reports/110000/2024/imports");

		assertThat(TestEnvironment.REPORT_SERVICE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	/**
	 * Sent over a plain socket: the client writes the whole body as fast as the
	 * connection takes them and reads whatever answer comes, as a browser or curl does,
	 * within a bounded wait, so that a gateway that never answered would fail the test
	 * rather than hang it.
	 */
	@Test
	void aChunkedBodyOverTheLimitIsRefusedWith413TooThoughItDeclaresNoLength() throws IOException {
		TestEnvironment.REPORT_SERVICE.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(201)));

		String answer = send("/api/reports/110000/2024/imports", TestTokens.ofProvince("110000"), true, 4, 500);

		assertThat(answer).startsWith("HTTP/1.1 413")
			.containsIgnoringCase("connection: close")
			.contains("application/problem+json")
			.contains("https://gongkai.io/problems/request-too-large");
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void aDeclaredBodyOverTheLimitSentAllTheSameGetsThe413RatherThanAResetConnection() throws IOException {
		TestEnvironment.REPORT_SERVICE.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(201)));

		String answer = send("/api/reports/110000/2024/imports", TestTokens.ofProvince("110000"), false, 4, 500);

		assertThat(answer).startsWith("HTTP/1.1 413").contains("https://gongkai.io/problems/request-too-large");
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	private String send(String path, String token, boolean chunked, int chunks, int chunkSize) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
					+ "\r\nContent-Type: text/plain\r\n"
					+ (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + chunks * chunkSize) + "\r\n\r\n";
			try {
				out.write(head.getBytes(StandardCharsets.US_ASCII));
				for (int i = 0; i < chunks; i++) {
					String chunk = "b".repeat(chunkSize);
					out.write((chunked ? Integer.toHexString(chunkSize) + "\r\n" + chunk + "\r\n" : chunk)
						.getBytes(StandardCharsets.US_ASCII));
					out.flush();
				}
				if (chunked) {
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					out.flush();
				}
			}
			catch (SocketException closedWhileSending) {
				// the gateway answered and closed before the whole body was sent: read
				// the answer
			}
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
