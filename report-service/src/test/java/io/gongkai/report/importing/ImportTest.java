package io.gongkai.report.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.gongkai.platform.test.KeycloakStubs;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the import tests run against, beside report-service as all its tests run it
 * ({@link ReportServiceTest}): the service account's token from the WireMock Keycloak,
 * and one WireMock tenant-service for the registry's search, started once for the whole
 * test run so that the import tests with the same settings share one application context.
 * Each class starts with a tenant-service that answers nothing.
 */
public abstract class ImportTest extends ReportServiceTest {

	public static final String SERVICE_TOKEN = "service-account-token";

	protected static final WireMockServer tenantService = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	static {
		tenantService.start();
	}

	@DynamicPropertySource
	static void agencySearch(DynamicPropertyRegistry registry) {
		registry.add("gongkai.neighbours.tenant-service.uri", tenantService::baseUrl);
	}

	@BeforeAll
	static void neighboursAnswerAfresh() {
		tenantService.resetAll();
		KeycloakStubs.serviceAccountToken(tokens.server(), SERVICE_TOKEN);
	}

	/**
	 * The published reports the upload tests send, under the names they are uploaded
	 * with: the text-import test corpus's files.
	 */
	private static final Map<String, String> REPORTS = Map.of("qingdao-hrss-2013.txt",
			"/textimport/seeds/004_7662d0f13a5caeab.txt", "guilin-office-2022.html",
			"/textimport/cases/12_guilin_office_2022.html");

	public static byte[] resource(String name) {
		String path = REPORTS.get(name);
		try (InputStream in = (path != null) ? ImportTest.class.getResourceAsStream(path) : null) {
			if (in == null) {
				throw new IllegalArgumentException("No test report named " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
