package io.gongkai.gateway;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An instance killed while it answers a write: its status line and headers went out, its
 * body did not. The caller gets a 503 problem it can retry (with its
 * {@code Idempotency-Key}), never the service's success status followed by a broken
 * connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class InterruptedAnswerTests {

	private static final String CREATED = "{\"id\":\"r-1\",\"year\":2024,\"status\":\"draft\"}";

	/** report-service: answers 201 with the whole body, or cuts it after the headers. */
	static final DyingInstance REPORT_SERVICE = DyingInstance.start();

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		TestEnvironment.register(registry);
		registry.add("gongkai.gateway.services.report-service", REPORT_SERVICE::baseUrl);
	}

	@BeforeEach
	void longerWait() {
		TestEnvironment.reset();
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@AfterAll
	static void stop() throws IOException {
		REPORT_SERVICE.close();
	}

	@Test
	void aWriteWhoseAnswerIsCutAfterItsStatusIsAnsweredWithARetryableProblem() {
		REPORT_SERVICE.cutAnswers = true;

		create().expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "60")
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectHeader()
			.doesNotExist(HttpHeaders.ETAG)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://gongkai.io/problems/service-unavailable")
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isEqualTo("report-service 暂不可用或响应过慢；请一分钟后重试。")
			.jsonPath("$.instance")
			.isEqualTo("/api/reports")
			.jsonPath("$.reason")
			.isEqualTo("interrupted");
	}

	@Test
	void aWriteAnsweredWhollyIsRelayedAsTheServiceSentIt() {
		REPORT_SERVICE.cutAnswers = false;

		create().expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/api/reports/r-1")
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"")
			.expectBody()
			.json(CREATED);
	}

	private WebTestClient.ResponseSpec create() {
		return this.client.post()
			.uri("/api/reports")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("370000")))
			.header("Idempotency-Key", "create-2024")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"year\":2024}")
			.exchange();
	}

	/**
	 * A service instance on a plain socket: it reads each request and answers 201 with a
	 * {@code Content-Length}, then either sends the whole body or only its first bytes
	 * and closes the connection, as a process killed in the middle of its answer does.
	 */
	static final class DyingInstance implements AutoCloseable {

		private final ServerSocket socket;

		volatile boolean cutAnswers;

		private DyingInstance(ServerSocket socket) {
			this.socket = socket;
		}

		static DyingInstance start() {
			try {
				DyingInstance instance = new DyingInstance(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
				Thread accepting = new Thread(instance::serve, "dying-instance");
				accepting.setDaemon(true);
				accepting.start();
				return instance;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String baseUrl() {
			return "http://127.0.0.1:" + this.socket.getLocalPort();
		}

		private void serve() {
			while (!this.socket.isClosed()) {
				try (Socket connection = this.socket.accept()) {
					InputStream in = new BufferedInputStream(connection.getInputStream());
					readRequest(in);
					byte[] body = CREATED.getBytes(StandardCharsets.UTF_8);
					OutputStream out = connection.getOutputStream();
					out.write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
							+ body.length + "\r\nLocation: /api/reports/r-1\r\nETag: \"1\"\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
					out.write(body, 0, this.cutAnswers ? 8 : body.length);
					out.flush();
				}
				catch (IOException ex) {
					// closed at the end of the tests, or the gateway gave up: next
					// connection
				}
			}
		}

		private static void readRequest(InputStream in) throws IOException {
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
				int next = in.read();
				if (next < 0) {
					throw new IOException("request ended before its headers");
				}
				head.write(next);
			}
			int length = 0;
			for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
					length = Integer.parseInt(line.substring("content-length:".length()).trim());
				}
			}
			in.readNBytes(length);
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
