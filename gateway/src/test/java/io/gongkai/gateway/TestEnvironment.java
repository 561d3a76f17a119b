package io.gongkai.gateway;

import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.gongkai.platform.security.test.LocalServers;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The gateway's neighbours as WireMock servers on 127.0.0.1, started once for the whole
 * test run: the three services and Keycloak (its JWKS, token and user-info endpoints).
 */
final class TestEnvironment {

	static final String REALM_PATH = "/realms/gongkai";

	static final String JWKS_PATH = REALM_PATH + "/protocol/openid-connect/certs";

	static final WireMockServer TENANT_SERVICE = LocalServers.wireMock();

	static final WireMockServer REPORT_SERVICE = LocalServers.wireMock();

	static final WireMockServer ANALYTICS_SERVICE = LocalServers.wireMock();

	static final WireMockServer KEYCLOAK = LocalServers.wireMock();

	private TestEnvironment() {
	}

	static String issuerUri() {
		return KEYCLOAK.baseUrl() + REALM_PATH;
	}

	/** Points the gateway at the fakes; servers listen on 127.0.0.1 only. */
	static void register(DynamicPropertyRegistry registry) {
		registry.add("server.address", () -> "127.0.0.1");
		registry.add("gongkai.gateway.issuer-uri", TestEnvironment::issuerUri);
		registry.add("gongkai.gateway.services.tenant-service", TENANT_SERVICE::baseUrl);
		registry.add("gongkai.gateway.services.report-service", REPORT_SERVICE::baseUrl);
		registry.add("gongkai.gateway.services.analytics-service", ANALYTICS_SERVICE::baseUrl);
	}

	/**
	 * Points the gateway at the fakes, report-service as several instances: the first is
	 * {@link #REPORT_SERVICE}, then those given (a WireMock server's base URL, or the
	 * address of one that is gone).
	 */
	static void registerReportServiceInstances(DynamicPropertyRegistry registry, Supplier<String> more) {
		register(registry);
		registry.add("gongkai.gateway.services.report-service", () -> REPORT_SERVICE.baseUrl() + "," + more.get());
	}

	/**
	 * Every request to the first instance of report-service answered
	 * {@code {"from":"first"}}, to the second {@code {"from":"second"}}: which instance a
	 * request reached.
	 */
	static void answerWithOwnNames(WireMockServer second) {
		REPORT_SERVICE.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.okJson("{\"from\":\"first\"}")));
		second.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.okJson("{\"from\":\"second\"}")));
	}

	/**
	 * Closes every circuit of the gateway and forgets what it counted, so that a test
	 * does not meet an instance left out by the one before.
	 */
	static void closeCircuits(ReactiveResilience4JCircuitBreakerFactory circuitBreakers) {
		circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	/** Forgets every stub and request, and serves the JWKS again. */
	static void reset() {
		for (WireMockServer server : new WireMockServer[] { TENANT_SERVICE, REPORT_SERVICE, ANALYTICS_SERVICE,
				KEYCLOAK }) {
			server.resetAll();
		}
		KEYCLOAK.stubFor(WireMock.get(JWKS_PATH).willReturn(WireMock.okJson(TestTokens.jwks())));
	}

}
