package io.gongkai.tenant.agency;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyRulesTest {

	@ParameterizedTest(name = "{1} in {0}: {2}")
	@CsvSource(textBlock = """
			620000, 620421-rsj,      ok
			620000, 620000-rst,      ok
			620000, 620100-a-b-3,    ok
			210000, 620421-rsj,      invalid-id
			620000, rsj,             invalid-id
			620000, 62042-rsj,       invalid-id
			620000, 620421rsj,       invalid-id
			620000, 620421-,         invalid-id
			620000, 620421-中文,      invalid-id
			660000, 660000-tj,       ok
			660000, 650100-tj,       invalid-id
			""")
	void anIdBeginsWithARegionCodeOfItsOwnProvince(String province, String id, String expected) {
		assertThat(AgencyRules.id(province, id).map(Violation::type).orElse("ok")).isEqualTo(expected);
	}

	@Test
	void anIdOfAnotherProvinceIsRefusedNamingTheRuleAndNotTheOtherProvince() {
		assertThat(AgencyRules.id("210000", "620421-rsj")).get()
			.extracting(Violation::message)
			.asString()
			.contains("辽宁省", "六位行政区划代码")
			.doesNotContain("620000");
	}

	@Test
	void aMadeIdBeginsWithTheAgencysRegionOrElseTheProvince() {
		assertThat(AgencyRules.newId("140000", "140400")).matches("140400-[0-9a-f]{8}");
		assertThat(AgencyRules.newId("140000", "140105001000")).matches("140105-[0-9a-f]{8}");
		assertThat(AgencyRules.newId("140000", "620421")).matches("140000-[0-9a-f]{8}");
		assertThat(AgencyRules.newId("140000", null)).matches("140000-[0-9a-f]{8}");
		assertThat(AgencyRules.id("140000", AgencyRules.newId("140000", "140400"))).isEmpty();
	}

	@ParameterizedTest(name = "{1} {2} in {0}: {3}")
	@CsvSource(textBlock = """
			370000, prefecture, 370200,       ok
			370000, county,     370211,       ok
			370000, province,   370000,       ok
			370000, township,   370211001000, ok
			370000, county,     3702,         invalid-region-code
			370000, county,     37021a,       invalid-region-code
			370000, county,     110101,       region-outside-province
			370000, county,     370011,       unknown-region-code
			370000, township,   370211,       ok
			440000, township,   441900,       ok
			370000, township,   370000,       region-level-mismatch
			370000, county,     370211001000, region-level-mismatch
			370000, province,   370200,       region-level-mismatch
			370000, prefecture, 370000,       region-level-mismatch
			660000, county,     659001,       ok
			""")
	void regionCodesMustBeCodesOfTheProvinceFittingTheLevel(String province, AgencyLevel level, String code,
			String expected) {
		assertThat(AgencyRules.region(province, level, code).map(Violation::type).orElse("ok")).isEqualTo(expected);
	}

	@Test
	void aParentChainThatComesBackToTheAgencyIsACycle() {
		Map<String, String> parents = Map.of("county", "city", "city", "province");
		assertThat(AgencyRules.cycle("province", "county", parents::get))
			.contains(List.of("province", "county", "city", "province"));
		assertThat(AgencyRules.cycle("other", "county", parents::get)).isEmpty();
		assertThat(AgencyRules.cycle("self", "self", parents::get)).contains(List.of("self", "self"));
	}

	@Test
	void anAbolishedYearBeforeTheCreationOrAMergeWithoutAbolitionIsRefused() {
		assertThat(AgencyRules.lifetime("a", 2010, 2005, null)).extracting(Violation::field)
			.containsExactly("abolishedYear");
		assertThat(AgencyRules.lifetime("a", 2010, null, "b")).extracting(Violation::field)
			.containsExactly("mergedInto");
		assertThat(AgencyRules.lifetime("a", 2010, 2019, "b")).isEmpty();
	}

	@Test
	void anAgencyExistsFromItsCreationYearUpToAndIncludingItsAbolitionYear() {
		Agency agency = new Agency("a-1", "370000", "某局", List.of(), AgencyLevel.county, AgencyKind.department,
				"370211", null, Agency.OWN, false, 2010, 2019, null, 1);
		assertThat(agency.existsIn(2009)).isFalse();
		assertThat(agency.existsIn(2010)).isTrue();
		assertThat(agency.existsIn(2019)).isTrue();
		assertThat(agency.existsIn(2020)).isFalse();
	}

}
