package io.gongkai.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gongkai.platform.security.test.LocalServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with several instances: the gateway sends each request to the next instance
 * in turn, goes on to another when one cannot be reached (any request: nothing was sent)
 * or fails a read, and never sends a write twice to instances that received it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LoadBalancingTests {

	/**
	 * report-service's second instance; the first is
	 * {@link TestEnvironment#REPORT_SERVICE}.
	 */
	static final WireMockServer SECOND = LocalServers.wireMock();

	/** A third instance that is gone: nothing listens on its port. */
	static final int DEAD_PORT = LocalServers.freePort();

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		TestEnvironment.registerReportServiceInstances(registry,
				() -> SECOND.baseUrl() + ",http://127.0.0.1:" + DEAD_PORT);
	}

	@BeforeEach
	void resetNeighbours() {
		TestEnvironment.reset();
		TestEnvironment.closeCircuits(this.circuitBreakers);
		SECOND.resetAll();
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@AfterAll
	static void stopSecond() {
		SECOND.stop();
	}

	@Test
	void readsReachEveryLiveInstanceAndNoneFailsBecauseOneIsGone() {
		TestEnvironment.answerWithOwnNames(SECOND);

		List<String> answeredBy = readsAnswered(9, "/api/reports/110000/2024",
				(headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")));

		assertThat(answeredBy).anyMatch((body) -> body.contains("first")).anyMatch((body) -> body.contains("second"));
		assertThat(TestEnvironment.REPORT_SERVICE.findAll(anyRequestedFor(anyUrl())).size()
				+ SECOND.findAll(anyRequestedFor(anyUrl())).size())
			.as("each read received once by a live instance")
			.isEqualTo(9);
	}

	@Test
	void publicReadsWithAnApiKeyReachEveryLiveInstanceToo() {
		TestEnvironment.answerWithOwnNames(SECOND);
		Map<?, ?> issued = this.client.post()
			.uri("/api/public/api-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "李记者", "contact", "报社", "purpose", "比较各省的公开数据"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		List<String> answeredBy = readsAnswered(6, "/api/public/years",
				(headers) -> headers.set("X-Api-Key", (String) issued.get("key")));

		assertThat(answeredBy).anyMatch((body) -> body.contains("first")).anyMatch((body) -> body.contains("second"));
	}

	@Test
	void aWriteThatFindsAnInstanceGoneGoesToAnotherWithItsBody() {
		TestEnvironment.answerWithOwnNames(SECOND);

		for (int call = 0; call < 6; call++) {
			this.client.post()
				.uri("/api/reports/110000/2024/submission")
				.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"call\":" + call + "}")
				.exchange()
				.expectStatus()
				.isOk();
		}

		for (int call = 0; call < 6; call++) {
			int received = TestEnvironment.REPORT_SERVICE
				.findAll(postRequestedFor(anyUrl()).withRequestBody(equalTo("{\"call\":" + call + "}")))
				.size()
					+ SECOND.findAll(postRequestedFor(anyUrl()).withRequestBody(equalTo("{\"call\":" + call + "}")))
						.size();
			assertThat(received).as("call %d received with its body by exactly one instance", call).isEqualTo(1);
		}
	}

	@Test
	void aReadThatAnInstanceCannotServeIsAnsweredByAnother() {
		TestEnvironment.REPORT_SERVICE.stubFor(any(anyUrl()).willReturn(serviceUnavailable()));
		SECOND.stubFor(any(anyUrl()).willReturn(okJson("{\"from\":\"second\"}")));

		for (int call = 0; call < 4; call++) {
			this.client.get()
				.uri("/api/reports/110000/2024")
				.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.from")
				.isEqualTo("second");
		}
	}

	@Test
	void aWriteThatReachedAnInstanceIsNeverSentAgain() {
		TestEnvironment.REPORT_SERVICE.stubFor(post(anyUrl()).willReturn(serviceUnavailable()));
		SECOND.stubFor(post(anyUrl()).willReturn(serviceUnavailable()));

		this.client.post()
			.uri("/api/reports/110000/2024/submission")
			.headers((headers) -> headers.setBearerAuth(TestTokens.ofProvince("110000")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(TestEnvironment.REPORT_SERVICE.findAll(postRequestedFor(anyUrl())).size()
				+ SECOND.findAll(postRequestedFor(anyUrl())).size())
			.isEqualTo(1);
	}

	/** The bodies of {@code calls} reads of the path, each answered 200. */
	private List<String> readsAnswered(int calls, String path, Consumer<HttpHeaders> headers) {
		List<String> answeredBy = new ArrayList<>();
		for (int call = 0; call < calls; call++) {
			answeredBy.add(this.client.get()
				.uri(path)
				.headers(headers)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
		}
		return answeredBy;
	}

}
