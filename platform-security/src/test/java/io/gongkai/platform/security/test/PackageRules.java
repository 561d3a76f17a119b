package io.gongkai.platform.security.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.client.Neighbour;
import jakarta.servlet.Filter;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules the services' structure tests state. Each holds everywhere, with no
 * exception stored anywhere: a violation fails the build.
 *
 * <p>
 * The <em>web edge</em> of a service is where HTTP comes in: its controllers and their
 * advice ({@link Controller}, {@link ControllerAdvice}, meta-annotations included), its
 * servlet filters ({@link Filter}) and handler interceptors ({@link HandlerInterceptor}),
 * the {@code problem} package that turns failures into answers, and configuration
 * ({@link Configuration}) wiring HTTP. An <em>outbound client</em> is where HTTP goes
 * out: a class that calls a neighbour (another service, Keycloak's admin API) through
 * platform-security's guarded call, that is, one with a field of type {@link Neighbour}.
 * A nested class is judged with the class it is declared in.
 */
public final class PackageRules {

	private PackageRules() {
	}

	/**
	 * No two packages of the service depend on each other, directly or round about.
	 * @param basePackage the service's package, such as {@code io.gongkai.report}
	 * @return the rule
	 */
	public static ArchRule noPackageCycles(String basePackage) {
		return slices().matching(basePackage + ".(**)").namingSlices("package $1").should().beFreeOfCycles();
	}

	/**
	 * Outside a feature, nothing reaches into the feature's sub-packages: they are its
	 * internals, the feature's own package its entry point.
	 * @param feature the feature's package, such as {@code io.gongkai.report.importing}
	 * @return the rule
	 */
	public static ArchRule featureInternalsStayInside(String feature) {
		return noClasses().that()
			.resideOutsideOfPackage(feature + "..")
			.should()
			.dependOnClassesThat(DescribedPredicate.describe("reside in a sub-package of " + feature,
					(JavaClass target) -> target.getPackageName().startsWith(feature + ".")))
			.as("nothing outside " + feature + " reaches into its sub-packages");
	}

	/**
	 * Spring Web's types and HTTP statuses only at the web edge and in outbound clients.
	 * Stores, use cases and catalogues throw exceptions of their own, which the edge maps
	 * to problems; they never choose a status or touch a request.
	 * @param basePackage the service's package
	 * @return the rule
	 */
	public static ArchRule webTypesOnlyAtTheWebEdge(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.and(DescribedPredicate.describe("are neither at the web edge nor outbound clients",
					(JavaClass type) -> !atTheWebEdge(type) && !outboundClient(type)))
			.should()
			.dependOnClassesThat(
					DescribedPredicate.describe("are Spring Web types or HTTP statuses", PackageRules::webType))
			.as("web types (Spring Web, HTTP statuses) only at the web edge (controllers, their advice, filters,"
					+ " interceptors, problems, configuration) and in outbound clients");
	}

	/**
	 * An outbound client uses Spring's HTTP client, its URI builders and HTTP statuses,
	 * and nothing of the server side of Spring Web: it calls a neighbour, it does not
	 * answer a request. A service without outbound clients keeps it trivially.
	 * @param basePackage the service's package
	 * @return the rule
	 */
	public static ArchRule outboundClientsUseOnlyTheHttpClient(String basePackage) {
		return noClasses().that()
			.resideInAPackage(basePackage + "..")
			.and(DescribedPredicate.describe("are outbound clients (hold a Neighbour) not at the web edge",
					(JavaClass type) -> outboundClient(type) && !atTheWebEdge(type)))
			.should()
			.dependOnClassesThat(DescribedPredicate.describe("are Spring Web's server side",
					(JavaClass target) -> webType(target) && !httpClientType(target)))
			.as("outbound clients use only Spring's HTTP client (RestClient, URI builders, statuses) of Spring Web")
			.allowEmptyShould(true);
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

	private static boolean webType(JavaClass target) {
		String in = target.getPackageName();
		return in.equals("org.springframework.web") || in.startsWith("org.springframework.web.")
				|| target.isEquivalentTo(HttpStatus.class) || target.isEquivalentTo(HttpStatusCode.class);
	}

	private static boolean httpClientType(JavaClass target) {
		String name = target.getName();
		return name.startsWith("org.springframework.web.client.") || name.startsWith("org.springframework.web.util.Uri")
				|| target.isEquivalentTo(HttpStatus.class) || target.isEquivalentTo(HttpStatusCode.class);
	}

	static boolean atTheWebEdge(JavaClass type) {
		JavaClass top = outermost(type);
		return top.isMetaAnnotatedWith(Controller.class) || top.isAnnotatedWith(Controller.class)
				|| top.isMetaAnnotatedWith(ControllerAdvice.class) || top.isAnnotatedWith(ControllerAdvice.class)
				|| top.isMetaAnnotatedWith(Configuration.class) || top.isAnnotatedWith(Configuration.class)
				|| top.isAssignableTo(Filter.class) || top.isAssignableTo(HandlerInterceptor.class)
				|| top.getPackageName().endsWith(".problem");
	}

	static boolean outboundClient(JavaClass type) {
		return outermost(type).getFields()
			.stream()
			.anyMatch((field) -> field.getRawType().isEquivalentTo(Neighbour.class));
	}

	private static JavaClass outermost(JavaClass type) {
		JavaClass top = type;
		while (top.getEnclosingClass().isPresent()) {
			top = top.getEnclosingClass().get();
		}
		return top;
	}

}
