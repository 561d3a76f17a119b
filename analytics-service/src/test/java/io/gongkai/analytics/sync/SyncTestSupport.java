package io.gongkai.analytics.sync;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.analytics.AnalyticsServiceApplication;
import io.gongkai.platform.security.test.LocalServers;
import io.gongkai.platform.test.ServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * One application context for every synchronisation test (rounds driven by hand), with
 * WireMock standing in for report-service, tenant-service and Keycloak's token endpoint,
 * all on 127.0.0.1, on the token issuer and the embedded store of every test of the
 * service ({@link ServiceTest}). Time-outs, retries and the circuit breakers' open state
 * are test-sized.
 */
@SpringBootTest(classes = { AnalyticsServiceApplication.class, RecordedSyncEvents.class }, properties = {
		"gongkai.analytics.sync.enabled=false", "gongkai.analytics.sync.max-pages-per-round=5",
		"gongkai.neighbours.report-service.connect-timeout=300ms",
		"gongkai.neighbours.report-service.read-timeout=500ms", "gongkai.neighbours.report-service.retry-wait=10ms",
		"gongkai.neighbours.report-service.breaker-open-for=1s",
		"gongkai.neighbours.tenant-service.connect-timeout=300ms",
		"gongkai.neighbours.tenant-service.read-timeout=500ms", "gongkai.neighbours.tenant-service.retry-wait=10ms",
		"gongkai.neighbours.tenant-service.breaker-open-for=1s" })
abstract class SyncTestSupport extends ServiceTest {

	static final String TOKEN_PATH = "/realms/gongkai/protocol/openid-connect/token";

	static final UUID TOKEN_STUB = UUID.fromString("6f1c0d7e-4a43-4e63-9d0f-5b8f0e0c1a01");

	static final WireMockServer reportService = LocalServers.wireMock();

	static final WireMockServer tenantService = LocalServers.wireMock();

	private static boolean warmedUp;

	@Autowired
	MongoClient mongo;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@Autowired
	RecordedSyncEvents events;

	@Autowired
	ProvinceSync provinceSync;

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		registerNeighbours(registry);
	}

	/**
	 * report-service and tenant-service as the WireMock servers of the synchronisation
	 * tests.
	 */
	static void registerNeighbours(DynamicPropertyRegistry registry) {
		registry.add("gongkai.services.report-uri", reportService::baseUrl);
		registry.add("gongkai.services.tenant-uri", tenantService::baseUrl);
	}

	@BeforeEach
	void freshNeighboursAndAnEmptyReadModel() {
		warmUpOnce();
		reportService.resetAll();
		tenantService.resetAll();
		tokens.server().resetRequests();
		tokenEndpointAnswers(
				okJson("{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
		this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		collection(ReadModelCollections.REPORTS).deleteMany(new Document());
		collection(ReadModelCollections.AGENCIES).deleteMany(new Document());
		collection(ReadModelCollections.CURSORS).deleteMany(new Document());
		collection(ReadModelCollections.PROVINCES).deleteMany(new Document());
		this.events.clear();
	}

	/**
	 * One round against the stubs before the first test, so that loading classes on the
	 * first call does not count against the test-sized time-outs.
	 */
	private void warmUpOnce() {
		if (warmedUp) {
			return;
		}
		tokenEndpointAnswers(
				okJson("{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
		registry("990000", agency("990000-gov", "990000", "预热"));
		feedPage("990000", 0, 1, false, entry(1, "warm-up", "990000-gov", 1, 1));
		for (int round = 0; round < 3 && !this.provinceSync.sync("990000").completed(); round++) {
			this.circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		}
		warmedUp = true;
	}

	MongoCollection<Document> collection(String name) {
		return this.mongo.getDatabase("gongkai_analytics").getCollection(name);
	}

	static void tokenEndpointAnswers(ResponseDefinitionBuilder response) {
		if (tokens.server().getStubMappings().stream().anyMatch((stub) -> TOKEN_STUB.equals(stub.getId()))) {
			tokens.server().removeStub(TOKEN_STUB);
		}
		tokens.server().stubFor(WireMock.post(urlPathEqualTo(TOKEN_PATH)).withId(TOKEN_STUB).willReturn(response));
	}

	/** report-service answers the feed of {@code province} after {@code after} so. */
	static void feedAnswers(String province, long after, ResponseDefinitionBuilder response) {
		reportService.stubFor(WireMock.get(urlPathEqualTo(feedPath(province)))
			.withQueryParam("after", equalTo(Long.toString(after)))
			.willReturn(response));
	}

	static void feedPage(String province, long after, long next, boolean more, String... entries) {
		feedAnswers(province, after, okJson(page(province, next, more, entries)));
	}

	static RequestPatternBuilder feedRequest(String province, long after) {
		return getRequestedFor(urlPathEqualTo(feedPath(province))).withQueryParam("after",
				equalTo(Long.toString(after)));
	}

	static String feedPath(String province) {
		return "/api/reports/provinces/" + province + "/feed";
	}

	static String page(String province, long next, boolean more, String... entries) {
		return "{\"province\":\"" + province + "\",\"items\":[" + String.join(",", entries) + "],\"next\":" + next
				+ ",\"more\":" + more + "}";
	}

	/**
	 * A published report's feed entry with {@code received} new requests.
	 */
	static String entry(long seq, String reportId, String agencyId, int figuresVersion, long received) {
		return """
				{"seq":%d,"reportId":"%s","agencyId":"%s","agencyName":"机构 %s","year":2021,
				"format":"template2021","scope":"own","agencyKind":"department","status":"published",
				"deadline":"2022-01-31","firstSubmittedOn":"2022-01-20","onTime":true,
				"figuresVersion":%d,"figuresStatus":"published",
				"metrics":{"requests.received":{"value":%d,"qualifier":"exact"}},
				"cells":{"t3.new_received.total":%d},"changedAt":"2022-01-25T09:00:00Z"}""".formatted(seq, reportId,
				agencyId, agencyId, figuresVersion, received, received);
	}

	/** tenant-service serves these agencies as the province's whole registry. */
	static void registry(String province, String... agencies) {
		tenantService.stubFor(WireMock.get(urlPathEqualTo("/api/tenants/" + province + "/agencies"))
			.withQueryParam("page", equalTo("0"))
			.willReturn(okJson("{\"items\":[" + String.join(",", agencies) + "],\"page\":0,\"size\":1000,\"total\":"
					+ agencies.length + "}")));
	}

	static String agency(String id, String province, String name) {
		return """
				{"id":"%s","provinceCode":"%s","name":"%s","aliases":[],"level":"province","kind":"department",
				"regionCode":"%s","parentId":null,"scope":"own","active":true,"createdYear":null,
				"abolishedYear":null,"mergedInto":null,"version":1}""".formatted(id, province, name, province);
	}

	/** tenant-service lists these provinces as tenants. */
	static void tenants(String... codes) {
		tenantService.stubFor(WireMock.get(urlPathEqualTo("/api/tenants"))
			.willReturn(okJson(Arrays.stream(codes)
				.map((code) -> "{\"code\":\"" + code + "\",\"name\":\"省 " + code + "\",\"tenant\":true}")
				.collect(Collectors.joining(",", "[", "]")))));
	}

	/**
	 * tenant-service lists the provinces as tenants with a population: code, residents,
	 * code, residents, ... ({@code null} residents: no population).
	 */
	static void tenantsWithPopulations(Object... codesAndResidents) {
		StringBuilder list = new StringBuilder("[");
		for (int i = 0; i < codesAndResidents.length; i += 2) {
			Object residents = codesAndResidents[i + 1];
			list.append((i > 0) ? "," : "")
				.append("{\"code\":\"")
				.append(codesAndResidents[i])
				.append("\",\"name\":\"省\",\"tenant\":true,\"population\":")
				.append((residents != null)
						? "{\"residents\":" + residents + ",\"year\":2020,\"source\":\"第七次全国人口普查公报（第三号）\"}" : "null")
				.append('}');
		}
		tenantService.stubFor(WireMock.get(urlPathEqualTo("/api/tenants")).willReturn(okJson(list + "]")));
	}

}
