package io.gongkai.tenant.agency.search;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyKind;
import io.gongkai.tenant.agency.AgencyLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyNameSearchTest {

	static final ShortForms SHORT_FORMS = ShortForms.load();

	static final NameNormaliser NORMALISER = new NameNormaliser(SHORT_FORMS);

	static final ProvinceIndex SHANDONG = new ProvinceIndex(NORMALISER,
			List.of(agency("370000-gov", "山东省人民政府", AgencyLevel.province, AgencyKind.government, "370000"),
					agency("370000-rst", "山东省人力资源和社会保障厅", AgencyLevel.province, AgencyKind.department, "370000"),
					agency("370200-gov", "青岛市人民政府", AgencyLevel.prefecture, AgencyKind.government, "370200"),
					agency("370200-rsj", "青岛市人力资源和社会保障局", AgencyLevel.prefecture, AgencyKind.department, "370200"),
					agency("370200-fgw", "青岛市发展和改革委员会", AgencyLevel.prefecture, AgencyKind.department, "370200"),
					agency("370100-rsj", "济南市人力资源和社会保障局", AgencyLevel.prefecture, AgencyKind.department, "370100"),
					agency("370100-zjj", "济南市住房和城乡建设局", AgencyLevel.prefecture, AgencyKind.department, "370100"),
					new Agency("370300-rsj", "370000", "淄博市人力资源和社会保障局", List.of("淄博市劳动和社会保障局"), AgencyLevel.prefecture,
							AgencyKind.department, "370300", null, Agency.OWN, true, 2010, null, null, 1),
					agency("370211-scj", "市场监督管理局", AgencyLevel.county, AgencyKind.department, "370211"),
					agency("370211-gov", "黄岛区人民政府", AgencyLevel.county, AgencyKind.government, "370211")),
			"370000", "山东省");

	@ParameterizedTest(name = "{0} → {1} ({2})")
	@CsvSource(textBlock = """
			青岛市人力资源和社会保障局,   370200-rsj, name
			青島市人力資源和社會保障局,   370200-rsj, name-variant
			青岛市人社局,               370200-rsj, name-variant
			青岛市 人力资源和社会保障局 ,  370200-rsj, name-variant
			（青岛市）人力资源和社会保障局。,  370200-rsj, name-variant
			青岛市发改委,               370200-fgw, name-variant
			济南市住建局,               370100-zjj, name-variant
			淄博市劳动和社会保障局,       370300-rsj, alias
			淄博市勞動和社會保障局,       370300-rsj, alias-variant
			青岛人社局,                 370200-rsj, region-variant
			山东人社厅,                 370000-rst, region-variant
			黄岛区市场监管局,            370211-scj, region-variant
			青岛市政府,                 370200-gov, name-variant
			""")
	void variantsOfANameFindTheAgencyFirst(String query, String id, String matchedBy) {
		List<AgencyMatch> matches = SHANDONG.search(query, null, 10);
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).agency().id()).isEqualTo(id);
		assertThat(matches.get(0).matchedBy()).isEqualTo(matchedBy);
		assertThat(matches.get(0).reason()).isNotBlank();
	}

	@Test
	void aNameWithoutItsRegionMatchesTheAgencyOfEveryRegionAndTheRegionAskedForFirst() {
		List<AgencyMatch> matches = SHANDONG.search("人力资源和社会保障局", null, 10);
		assertThat(matches.subList(0, 3)).extracting((match) -> match.agency().id())
			.containsExactlyInAnyOrder("370200-rsj", "370100-rsj", "370300-rsj");
		assertThat(matches.subList(0, 3)).allSatisfy((match) -> {
			assertThat(match.matchedBy()).isEqualTo("region-omitted");
			assertThat(match.score()).isLessThan(0.85);
		});
		assertThat(matches.subList(3, matches.size()))
			.allSatisfy((match) -> assertThat(match.matchedBy()).isEqualTo("similar"));
		List<AgencyMatch> inQingdao = SHANDONG.search("人社局", "370200", 10);
		assertThat(inQingdao.get(0).agency().id()).isEqualTo("370200-rsj");
		assertThat(inQingdao.get(0).score()).isGreaterThan(inQingdao.get(1).score());
	}

	@Test
	void aRegionPrefixOfAnotherCityDoesNotMatch() {
		assertThat(SHANDONG.search("济南市发改委", null, 10)).filteredOn((match) -> match.agency().id().equals("370200-fgw"))
			.allSatisfy((match) -> {
				assertThat(match.matchedBy()).isEqualTo("similar");
				assertThat(match.score()).isLessThan(0.6);
			});
	}

	@Test
	void anAgencyRegisteredWithoutItsRegionIsFoundWithTheRegionItLiesIn() {
		List<AgencyMatch> matches = SHANDONG.search("黄岛区市场监督管理局", null, 10);
		assertThat(matches.get(0).agency().id()).isEqualTo("370211-scj");
		assertThat(matches.get(0).reason()).contains("370211");
	}

	@Test
	void theExactNameScoresOneAndRanksAboveEveryVariant() {
		List<AgencyMatch> matches = SHANDONG.search("青岛市人力资源和社会保障局", null, 10);
		assertThat(matches.get(0).score()).isEqualTo(1.0);
		assertThat(matches.subList(1, matches.size())).allSatisfy((match) -> assertThat(match.score()).isLessThan(0.8));
	}

	@Test
	void aSlightlyDifferentNameIsOfferedAsSimilarWithALowScore() {
		List<AgencyMatch> matches = SHANDONG.search("青岛市人力资源社会保障局", null, 10);
		assertThat(matches.get(0).agency().id()).isEqualTo("370200-rsj");
		assertThat(matches.get(0).matchedBy()).isEqualTo("similar");
		assertThat(matches.get(0).score()).isLessThan(0.6);
	}

	@Test
	void aNameOfNoAgencyFindsNothingConfident() {
		assertThat(SHANDONG.search("国家统计局", null, 10)).allSatisfy((match) -> assertThat(match.score()).isLessThan(0.5));
		assertThat(SHANDONG.search(" ,。 ", null, 10)).isEmpty();
	}

	@Test
	void everyFullFormReadsTheSameOnceShortFormsAreExpanded() {
		List<String> broken = new ArrayList<>();
		for (String full : SHORT_FORMS.fullForms()) {
			if (!SHORT_FORMS.expand(full, new ArrayList<>()).equals(full)) {
				broken.add(full);
			}
		}
		assertThat(broken).isEmpty();
	}

	static Agency agency(String id, String name, AgencyLevel level, AgencyKind kind, String region) {
		return new Agency(id, "370000", name, List.of(), level, kind, region, null, Agency.OWN, true, null, null, null,
				1);
	}

}
