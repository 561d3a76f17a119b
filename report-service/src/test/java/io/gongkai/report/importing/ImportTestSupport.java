package io.gongkai.report.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.TokenIssuer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the import tests run against: real signed tokens (and the service account's token
 * endpoint) from a WireMock Keycloak, the embedded MongoDB-wire store, and a WireMock
 * tenant-service.
 */
public final class ImportTestSupport implements AutoCloseable {

	public static final String SERVICE_TOKEN = "service-account-token";

	public final TokenIssuer tokens = new TokenIssuer();

	public final EmbeddedMongo store = EmbeddedMongo.inMemory();

	public final WireMockServer tenantService = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	public ImportTestSupport() {
		this.tenantService.start();
		this.tokens.server()
			.stubFor(WireMock.post(WireMock.urlPathEqualTo("/realms/gongkai/protocol/openid-connect/token"))
				.willReturn(WireMock.okJson(
						"{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("gongkai.security.issuer-uri", this.tokens::issuerUri);
		registry.add("spring.mongodb.uri", this.store::uri);
		registry.add("gongkai.neighbours.tenant-service.uri", this.tenantService::baseUrl);
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
		try (InputStream in = (path != null) ? ImportTestSupport.class.getResourceAsStream(path) : null) {
			if (in == null) {
				throw new IllegalArgumentException("No test report named " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.tenantService.stop();
		this.tokens.close();
		this.store.close();
	}

}
