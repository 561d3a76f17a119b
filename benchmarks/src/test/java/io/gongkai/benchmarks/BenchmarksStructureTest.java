package io.gongkai.benchmarks;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;
import io.gongkai.platform.security.test.ModuleStructureTest;
import io.gongkai.platform.security.test.PackageRules;

/**
 * The benchmarks measure the services through their public entry points only: every class
 * of the module lives in {@code io.gongkai.benchmarks}, none in a service's package to
 * reach what the service keeps package-private.
 */
class BenchmarksStructureTest extends ModuleStructureTest {

	@Override
	protected List<ArchRule> rules() {
		return List.of(PackageRules.onlyPublicEntryPointsOfOtherModules("io.gongkai.benchmarks"));
	}

}
