package io.gongkai.report;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.test.ModuleStructureTest;
import io.gongkai.platform.security.test.PackageRules;

/**
 * The package rules report-service's main code follows ({@link PackageRules}): no package
 * cycles, nothing outside {@code importing} reaching into its sub-packages, web types
 * only at the web edge and in outbound clients, outbound clients with nothing of Spring
 * Web's server side.
 */
class ReportServiceStructureTest extends ModuleStructureTest {

	@Override
	protected List<ArchRule> rules() {
		return serviceRules("io.gongkai.report", "io.gongkai.report.importing");
	}

}
