package io.gongkai.analytics.sync;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gongkai.analytics.AnalyticsServiceApplication;
import io.gongkai.analytics.sync.NationalSync.StartedRound;
import io.gongkai.platform.mongo.Leases;
import io.gongkai.platform.mongo.Leases.Lease;
import io.gongkai.platform.test.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.gongkai.analytics.sync.SyncTestSupport.agency;
import static io.gongkai.analytics.sync.SyncTestSupport.entry;
import static io.gongkai.analytics.sync.SyncTestSupport.feedPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Two instances of analytics-service on one store: this test's context and a second one
 * started beside it, which polls the read model's versions every 200 ms. A round runs in
 * one instance at a time (while this one holds the round's lease, the other starts none),
 * and what it brings in reaches the other's answers within the poll interval and a
 * rebuild.
 */
@SpringBootTest(classes = AnalyticsServiceApplication.class, properties = { "gongkai.analytics.sync.enabled=false",
		"gongkai.neighbours.report-service.read-timeout=5s", "gongkai.neighbours.report-service.connect-timeout=2s",
		"gongkai.neighbours.tenant-service.read-timeout=5s", "gongkai.neighbours.tenant-service.connect-timeout=2s" })
class SeveralInstancesTest extends ServiceTest {

	static final WireMockServer reportService = SyncTestSupport.reportService;

	static final WireMockServer tenantService = SyncTestSupport.tenantService;

	static final String RECEIVED = "/api/analytics/comparison?figure=requests.received&year=2021&by=province";

	static ConfigurableApplicationContext other;

	@Autowired
	NationalSync nationalSync;

	@Autowired
	MockMvc mvc;

	@Autowired
	Leases leases;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		SyncTestSupport.registerNeighbours(registry);
	}

	@BeforeEach
	void tokensForTheServiceAccount() {
		reportService.resetAll();
		tenantService.resetAll();
		SyncTestSupport.tokenEndpointAnswers(
				okJson("{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
	}

	@BeforeAll
	static void startTheOtherInstance() {
		other = new SpringApplicationBuilder(AnalyticsServiceApplication.class).run("--server.port=0",
				"--gongkai.analytics.sync.enabled=false", "--gongkai.analytics.figures.poll-interval=200ms",
				"--gongkai.security.issuer-uri=" + tokens.issuerUri(), "--spring.mongodb.uri=" + store.uri(),
				"--gongkai.services.report-uri=" + reportService.baseUrl(),
				"--gongkai.services.tenant-uri=" + tenantService.baseUrl(),
				"--gongkai.neighbours.report-service.read-timeout=5s",
				"--gongkai.neighbours.tenant-service.read-timeout=5s");
	}

	@AfterAll
	static void stopTheOtherInstance() {
		other.close();
	}

	@Test
	void whatARoundBringsInReachesTheOtherInstancesAnswersWithinAFewSeconds() throws Exception {
		SyncTestSupport.tenants("450000");
		SyncTestSupport.registry("450000", agency("450000-gov", "450000", "广西壮族自治区人民政府办公厅"));
		feedPage("450000", 0, 1, false, entry(1, "ln-2021", "450000-gov", 1, 40));

		assertThat(this.nationalSync.runRound("test")).isPresent();
		Instant roundEnded = Instant.now();

		assertThat(awaitValue(this::answerHere, 40)).isEqualTo(40);
		assertThat(awaitValue(this::answerOfTheOther, 40)).isEqualTo(40);
		assertThat(Duration.between(roundEnded, Instant.now())).isLessThan(Duration.ofSeconds(10));

		// the report is amended: its new accepted version says 55
		feedPage("450000", 1, 2, false, entry(2, "ln-2021", "450000-gov", 2, 55));
		assertThat(otherSync().runRound("test")).as("this time the other instance runs the round").isPresent();

		assertThat(awaitValue(this::answerOfTheOther, 55)).isEqualTo(55);
		assertThat(awaitValue(this::answerHere, 55)).isEqualTo(55);
	}

	@Test
	void whileOneInstanceRunsARoundTheOtherStartsNone() {
		SyncTestSupport.tenants("460000");
		SyncTestSupport.registry("460000", agency("460000-gov", "460000", "海南省人民政府办公厅"));
		feedPage("460000", 0, 1, false, entry(1, "jl-2021", "460000-gov", 1, 7));

		try (Lease roundHere = this.leases.acquire(NationalSync.LEASE).orElseThrow()) {
			assertThat(otherSync().runRound("schedule")).isEmpty();
			StartedRound asked = otherSync().start("admin");
			assertThat(asked.startedNow()).isFalse();
			assertThat(asked.runningElsewhere()).isTrue();
			assertThat(asked.running()).isNull();
		}
		assertThat(otherSync().runRound("schedule")).as("the lease is free again").isPresent();
		assertThat(this.nationalSync.runRound("schedule")).as("and free after the other's round").isPresent();
	}

	private NationalSync otherSync() {
		return other.getBean(NationalSync.class);
	}

	private double awaitValue(Supplier<JsonNode> answer, double expected) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(20);
		JsonNode rows = null;
		while (Instant.now().isBefore(until)) {
			rows = answer.get().path("rows");
			for (JsonNode row : rows) {
				if ("450000".equals(row.path("key").asString()) && row.path("value").asDouble() == expected) {
					return expected;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("never answered " + expected + ": " + rows);
	}

	private JsonNode answerHere() {
		try {
			return new ObjectMapper()
				.readTree(this.mvc.perform(get(RECEIVED).header("Authorization", "Bearer " + tokens.analyst()))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode answerOfTheOther() {
		int port = ((WebServerApplicationContext) other).getWebServer().getPort();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + RECEIVED))
					.header("Authorization", "Bearer " + tokens.analyst())
					.build(), HttpResponse.BodyHandlers.ofString());
			return new ObjectMapper().readTree(response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
