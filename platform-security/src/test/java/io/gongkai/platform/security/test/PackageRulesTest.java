package io.gongkai.platform.security.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.gongkai.platform.security.test.fixture.AnsweringClient;
import io.gongkai.platform.security.test.fixture.KeyStore;
import io.gongkai.platform.security.test.fixture.LimitFilter;
import io.gongkai.platform.security.test.fixture.RegistryClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web rules tell the web edge and outbound clients from the rest by what a class is
 * (a filter, a holder of a {@code Neighbour}), and refuse what they should.
 */
class PackageRulesTest {

	private static final String FIXTURES = "io.gongkai.platform.security.test.fixture";

	@Test
	void aStoreChoosingAnHttpStatusBreaksTheWebRule() {
		EvaluationResult result = PackageRules.webTypesOnlyAtTheWebEdge(FIXTURES).evaluate(classes(KeyStore.class));

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anyMatch((line) -> line.contains(KeyStore.class.getName()));
	}

	@Test
	void anOutboundClientAndAFilterMayUseWebTypes() {
		JavaClasses edge = classes(RegistryClient.class, LimitFilter.class);

		assertThat(PackageRules.webTypesOnlyAtTheWebEdge(FIXTURES).allowEmptyShould(true).evaluate(edge).hasViolation())
			.isFalse();
		assertThat(PackageRules.outboundClientsUseOnlyTheHttpClient(FIXTURES).evaluate(edge).hasViolation()).isFalse();
	}

	@Test
	void anOutboundClientTouchingTheServerSideOfSpringWebBreaksTheClientRule() {
		EvaluationResult result = PackageRules.outboundClientsUseOnlyTheHttpClient(FIXTURES)
			.evaluate(classes(AnsweringClient.class));

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anyMatch(
				(line) -> line.contains(AnsweringClient.class.getName()) && line.contains("RequestContextHolder"));
	}

	private static JavaClasses classes(Class<?>... types) {
		return new ClassFileImporter().importClasses(types);
	}

}
