package io.gongkai.tenant;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gongkai.platform.security.test.LocalServers;
import io.gongkai.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * tenant-service as its tests run it ({@link ServiceTest}): one token issuer and one
 * embedded store for the whole test run, one application context for every class with the
 * same settings, each class on an empty store. report-service, the one service it calls,
 * is a WireMock server for the whole run too, with no answer at the start of each class;
 * calls to it and to Keycloak's admin API are tried again after 10 ms, not the production
 * pause.
 */
@TestPropertySource(properties = { "gongkai.neighbours.report-service.retry-wait=10ms",
		"gongkai.neighbours.keycloak.retry-wait=10ms" })
public abstract class TenantServiceTest extends ServiceTest {

	/** report-service as tenant-service calls it. */
	protected static final WireMockServer reportService = LocalServers.wireMock();

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		registry.add("gongkai.services.report-uri", reportService::baseUrl);
	}

	@BeforeAll
	static void reportServiceAnswersNothingYet() {
		reportService.resetAll();
	}

}
