package io.gongkai.report;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.test.PackageRules;

/**
 * The package rules report-service's main code follows ({@link PackageRules}); what did
 * not hold when they were written is frozen in
 * {@code src/test/resources/archunit-frozen}, and nothing new may be added to it.
 */
@AnalyzeClasses(packages = "io.gongkai.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportServiceStructureTest {

	@ArchTest
	static final ArchRule noPackageCycles = PackageRules.noPackageCycles("io.gongkai.report");

	/** Nothing outside `importing` reaches into its sub-packages. */
	@ArchTest
	static final ArchRule importingInternalsStayInside = PackageRules
		.featureInternalsStayInside("io.gongkai.report.importing");

	@ArchTest
	static final ArchRule webTypesOnlyAtTheWebEdge = PackageRules.webTypesOnlyAtTheWebEdge("io.gongkai.report");

}
