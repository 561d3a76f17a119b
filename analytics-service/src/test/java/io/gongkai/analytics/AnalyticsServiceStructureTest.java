package io.gongkai.analytics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.test.PackageRules;

/**
 * The package rules analytics-service's main code follows ({@link PackageRules}); what
 * did not hold when they were written is frozen in
 * {@code src/test/resources/archunit-frozen}, and nothing new may be added to it.
 */
@AnalyzeClasses(packages = "io.gongkai.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class AnalyticsServiceStructureTest {

	@ArchTest
	static final ArchRule noPackageCycles = PackageRules.noPackageCycles("io.gongkai.analytics");

	@ArchTest
	static final ArchRule webTypesOnlyAtTheWebEdge = PackageRules.webTypesOnlyAtTheWebEdge("io.gongkai.analytics");

}
