package io.gongkai.analytics.nation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Province names come from tenant-service's list, packaged by the build.
 */
class ProvinceNamesTest {

	@Test
	void theTenantsAreNamedAndADivisionThatDoesNotReportHereIsNot() {
		assertThat(ProvinceNames.name("210000")).isEqualTo("辽宁省");
		assertThat(ProvinceNames.name("660000")).isEqualTo("新疆生产建设兵团");
		assertThat(ProvinceNames.isTenant("450000")).isTrue();
		assertThat(ProvinceNames.isTenant("810000")).as("香港 is a division, not a tenant").isFalse();
		assertThat(ProvinceNames.name("810000")).isEqualTo("810000");
		assertThat(ProvinceNames.isTenant("990000")).isFalse();
	}

}
