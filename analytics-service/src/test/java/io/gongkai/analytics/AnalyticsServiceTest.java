package io.gongkai.analytics;

import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import io.gongkai.platform.security.test.TokenIssuer;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * analytics-service as its tests run it, with the synchronisation switched off: real
 * signed tokens from one token issuer and the platform's embedded store in memory, both
 * started once for the whole test run, so that the test classes built on it share one
 * application context (the synchronisation's tests, which stand WireMock in for the
 * neighbours, have one of their own). Each class starts on an empty store, its documents
 * deleted, collections and indexes kept, and on the national read model reloaded from it;
 * a class that seeds documents for all its tests reloads it after seeding.
 */
@SpringBootTest(properties = "gongkai.analytics.sync.enabled=false")
@AutoConfigureMockMvc
public abstract class AnalyticsServiceTest {

	/** The token issuer every test class signs its tokens with. */
	protected static final TokenIssuer tokens = new TokenIssuer();

	/** The store every test class runs on. */
	protected static final EmbeddedMongo store = EmbeddedMongo.inMemory();

	@DynamicPropertySource
	static void platform(DynamicPropertyRegistry registry) {
		registry.add("gongkai.security.issuer-uri", tokens::issuerUri);
		registry.add("spring.mongodb.uri", store::uri);
	}

	@BeforeAll
	static void startOnAnEmptyStore(@Autowired NationalFigures figures) {
		store.deleteEveryDocument();
		figures.loadAll();
	}

}
