package io.gongkai.platform.security.test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One module's structure test: each of its {@link PackageRules} checked against the
 * module's own main code (what it compiles into {@code target/classes}, whatever its
 * packages), one test per rule, in the module's own test run. No violation is stored
 * anywhere: any one fails the build. A module states which rules it follows by extending
 * this class.
 */
public abstract class ModuleStructureTest {

	/**
	 * A service's rules: no package cycles, the internals of each named feature kept
	 * inside it, web types only at the web edge and in outbound clients, and of those
	 * only the HTTP client in outbound clients.
	 * @param basePackage the service's package, such as {@code io.gongkai.report}
	 * @param featuresWithInternals features whose sub-packages are their internals
	 * @return the rules
	 */
	protected static List<ArchRule> serviceRules(String basePackage, String... featuresWithInternals) {
		return Stream
			.of(Stream.of(PackageRules.noPackageCycles(basePackage)),
					Stream.of(featuresWithInternals).map(PackageRules::featureInternalsStayInside),
					Stream.of(PackageRules.webTypesOnlyAtTheWebEdge(basePackage),
							PackageRules.outboundClientsUseOnlyTheHttpClient(basePackage)))
			.flatMap((rules) -> rules)
			.toList();
	}

	/**
	 * The rules the module follows.
	 * @return the rules, each a test of its own
	 */
	protected abstract List<ArchRule> rules();

	@TestFactory
	Stream<DynamicTest> theModuleFollowsItsPackageRules() {
		Path ownClasses = Path.of("target", "classes").toAbsolutePath();
		JavaClasses classes = new ClassFileImporter()
			.withImportOption((location) -> "file".equals(location.asURI().getScheme())
					&& Path.of(location.asURI()).startsWith(ownClasses))
			.importPackages("io.gongkai");
		return rules().stream()
			.map((rule) -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
	}

}
