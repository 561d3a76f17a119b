package io.gongkai.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's package rule: no two packages depend on each other, directly or round
 * about. The gateway is all web edge, so the services' rule on web types does not apply.
 */
@AnalyzeClasses(packages = "io.gongkai.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayStructureTest {

	@ArchTest
	static final ArchRule noPackageCycles = FreezingArchRule
		.freeze(slices().matching("io.gongkai.gateway.(**)").namingSlices("package $1").should().beFreeOfCycles());

}
