package io.gongkai.report;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.gongkai.platform.security.test.LocalServers;
import io.gongkai.platform.test.KeycloakStubs;
import io.gongkai.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * report-service as its tests run it ({@link ServiceTest}): one token issuer and one
 * embedded store for the whole test run, one application context for every class with the
 * same settings, each class on an empty store. tenant-service, the one service it calls,
 * is a WireMock server for the whole run too: at the start of each class it knows every
 * province as an active tenant and answers nothing else (a class stubs what it needs
 * beside that), and Keycloak hands the service account its token.
 */
public abstract class ReportServiceTest extends ServiceTest {

	/** The service account's token, as the Keycloak stand-in hands it out. */
	public static final String SERVICE_TOKEN = "service-account-token";

	/** tenant-service as report-service calls it. */
	protected static final WireMockServer tenantService = LocalServers.wireMock();

	@DynamicPropertySource
	static void neighbours(DynamicPropertyRegistry registry) {
		registry.add("gongkai.services.tenant-uri", tenantService::baseUrl);
	}

	@BeforeAll
	static void tenantServiceKnowsEveryProvinceAsActive() {
		tenantService.resetAll();
		tenantService.stubFor(WireMock.get(WireMock.urlPathMatching("/api/tenants/[0-9]{6}"))
			.atPriority(10)
			.willReturn(WireMock.okJson("{}")));
		tenantService.stubFor(WireMock.get(WireMock.urlPathMatching("/api/tenants/[0-9]{6}/status"))
			.atPriority(10)
			.willReturn(WireMock.okJson("{\"status\":\"active\"}")));
		KeycloakStubs.serviceAccountToken(tokens.server(), SERVICE_TOKEN);
	}

}
