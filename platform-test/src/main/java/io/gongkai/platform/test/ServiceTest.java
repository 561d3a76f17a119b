package io.gongkai.platform.test;

import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.TokenIssuer;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service as its tests run it: real signed tokens from one token issuer and the
 * platform's embedded store in memory, both started once for the whole test run of the
 * service, so that test classes with the same settings share one application context (a
 * class with settings of its own, {@code @SpringBootTest(properties = ...)} or a
 * {@code @DynamicPropertySource} of its own, gets a context of its own). Each class
 * starts on an empty store: its documents are deleted, collections and indexes kept.
 * <p>
 * Each service's tests extend it through a class of their own in the service's base
 * package, from where the service's application is found.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ServiceTest {

	/**
	 * The token issuer every test class signs its tokens with; its WireMock server also
	 * stands in for the rest of Keycloak ({@link KeycloakStubs}).
	 */
	protected static final TokenIssuer tokens = new TokenIssuer();

	/** The store every test class runs on. */
	protected static final EmbeddedMongo store = EmbeddedMongo.inMemory();

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("gongkai.security.issuer-uri", tokens::issuerUri);
		registry.add("spring.mongodb.uri", store::uri);
	}

	@BeforeAll
	static void startOnAnEmptyStore() {
		store.deleteEveryDocument();
	}

}
