package io.gongkai.tenant;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.test.PackageRules;

/**
 * The package rules tenant-service's main code follows ({@link PackageRules}); what did
 * not hold when they were written is frozen in
 * {@code src/test/resources/archunit-frozen}, and nothing new may be added to it.
 */
@AnalyzeClasses(packages = "io.gongkai.tenant", importOptions = ImportOption.DoNotIncludeTests.class)
class TenantServiceStructureTest {

	@ArchTest
	static final ArchRule noPackageCycles = PackageRules.noPackageCycles("io.gongkai.tenant");

	/** Nothing outside `agency` reaches into its sub-packages. */
	@ArchTest
	static final ArchRule agencyInternalsStayInside = PackageRules
		.featureInternalsStayInside("io.gongkai.tenant.agency");

	@ArchTest
	static final ArchRule webTypesOnlyAtTheWebEdge = PackageRules.webTypesOnlyAtTheWebEdge("io.gongkai.tenant");

}
