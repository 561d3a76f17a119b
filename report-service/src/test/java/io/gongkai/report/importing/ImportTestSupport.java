package io.gongkai.report.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
		registry.add("gongkai.imports.agency-search.uri", this.tenantService::baseUrl);
	}

	public static byte[] resource(String name) {
		try (InputStream in = ImportTestSupport.class.getResourceAsStream("/importing/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource /importing/" + name);
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
