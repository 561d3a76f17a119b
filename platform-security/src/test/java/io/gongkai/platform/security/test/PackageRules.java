package io.gongkai.platform.security.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules every service's structure test states. A rule that does not hold
 * everywhere today is frozen ({@link FreezingArchRule}): the violations it had when it
 * was written are stored beside the test ({@code src/test/resources/archunit-frozen}),
 * and any new one fails the build; one that is fixed leaves the store.
 */
public final class PackageRules {

	private PackageRules() {
	}

	/**
	 * No two packages of the service depend on each other, directly or round about.
	 * @param basePackage the service's package, such as {@code io.gongkai.report}
	 * @return the rule, frozen
	 */
	public static ArchRule noPackageCycles(String basePackage) {
		return FreezingArchRule
			.freeze(slices().matching(basePackage + ".(**)").namingSlices("package $1").should().beFreeOfCycles());
	}

	/**
	 * Outside a feature, nothing reaches into the feature's sub-packages: they are its
	 * internals, the feature's own package its entry point.
	 * @param feature the feature's package, such as {@code io.gongkai.report.importing}
	 * @return the rule, frozen
	 */
	public static ArchRule featureInternalsStayInside(String feature) {
		return FreezingArchRule.freeze(noClasses().that()
			.resideOutsideOfPackage(feature + "..")
			.should()
			.dependOnClassesThat(DescribedPredicate.describe("reside in a sub-package of " + feature,
					(JavaClass target) -> target.getPackageName().startsWith(feature + ".")))
			.as("nothing outside " + feature + " reaches into its sub-packages"));
	}

	/**
	 * Spring Web's types and HTTP statuses only at the web edge: controllers, their
	 * advice, filters, the problem package that turns failures into answers, and
	 * configuration wiring HTTP clients. Stores, use cases and catalogues throw
	 * exceptions of their own, which the edge maps to problems.
	 * @param basePackage the service's package
	 * @return the rule, frozen
	 */
	public static ArchRule webTypesOnlyAtTheWebEdge(String basePackage) {
		return FreezingArchRule.freeze(noClasses().that()
			.resideInAPackage(basePackage + "..")
			.and(notAtTheWebEdge())
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.web..")
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(HttpStatus.class, HttpStatusCode.class)
			.as("web types (Spring Web, HTTP statuses) only in controllers, filters, problems and configuration"));
	}

	/**
	 * Every class of the module lives in its own package: it reaches the services' code
	 * only through what they make public, never by placing a class in one of their
	 * packages to reach what they keep package-private.
	 * @param ownPackage the module's package, such as {@code io.gongkai.benchmarks}
	 * @return the rule
	 */
	public static ArchRule onlyPublicEntryPointsOfOtherModules(String ownPackage) {
		return classes().should()
			.resideInAPackage(ownPackage + "..")
			.as("every class lives in " + ownPackage
					+ " and uses other modules through their public entry points only");
	}

	private static DescribedPredicate<JavaClass> notAtTheWebEdge() {
		return DescribedPredicate.describe("are not at the web edge", (JavaClass type) -> !atTheWebEdge(type));
	}

	private static boolean atTheWebEdge(JavaClass type) {
		JavaClass top = type;
		while (top.getEnclosingClass().isPresent()) {
			top = top.getEnclosingClass().get();
		}
		String name = top.getSimpleName();
		return top.isMetaAnnotatedWith(Controller.class) || top.isAnnotatedWith(Controller.class)
				|| top.isMetaAnnotatedWith(ControllerAdvice.class) || top.isAnnotatedWith(ControllerAdvice.class)
				|| top.isMetaAnnotatedWith(Configuration.class) || top.isAnnotatedWith(Configuration.class)
				|| name.endsWith("Controller") || name.endsWith("Filter") || name.endsWith("Advice")
				|| top.getPackageName().endsWith(".problem");
	}

}
