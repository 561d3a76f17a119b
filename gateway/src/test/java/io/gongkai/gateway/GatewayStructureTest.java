package io.gongkai.gateway;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.test.ModuleStructureTest;
import io.gongkai.platform.security.test.PackageRules;

/**
 * The gateway's package rule: no two packages depend on each other, directly or round
 * about. The gateway is all web edge, so the services' rule on web types does not apply.
 */
class GatewayStructureTest extends ModuleStructureTest {

	@Override
	protected List<ArchRule> rules() {
		return List.of(PackageRules.noPackageCycles("io.gongkai.gateway"));
	}

}
