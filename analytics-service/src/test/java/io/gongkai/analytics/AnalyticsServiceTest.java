package io.gongkai.analytics;

import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.platform.test.ServiceTest;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * analytics-service as its tests run it ({@link ServiceTest}), with the synchronisation
 * switched off: one token issuer and one embedded store for the whole test run, so that
 * the test classes built on it share one application context (the synchronisation's
 * tests, which stand WireMock in for the neighbours, have one of their own). Each class
 * starts on an empty store and on the national read model reloaded from it; a class that
 * seeds documents for all its tests reloads it after seeding.
 */
@SpringBootTest(properties = "gongkai.analytics.sync.enabled=false")
public abstract class AnalyticsServiceTest extends ServiceTest {

	@BeforeAll
	static void reloadTheNationalReadModel(@Autowired NationalFigures figures) {
		figures.loadAll();
	}

}
