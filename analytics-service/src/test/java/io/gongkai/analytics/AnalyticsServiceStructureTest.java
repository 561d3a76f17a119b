package io.gongkai.analytics;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.test.ModuleStructureTest;
import io.gongkai.platform.security.test.PackageRules;

/**
 * The package rules analytics-service's main code follows ({@link PackageRules}): no
 * package cycles, web types only at the web edge and in outbound clients, outbound
 * clients with nothing of Spring Web's server side.
 */
class AnalyticsServiceStructureTest extends ModuleStructureTest {

	@Override
	protected List<ArchRule> rules() {
		return serviceRules("io.gongkai.analytics");
	}

}
