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

	static final PlaceNames PLACES = PlaceNames.load();

	static final ProvinceIndex SHANDONG = new ProvinceIndex(NORMALISER, PLACES,
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

	static final ProvinceIndex SHANXI = new ProvinceIndex(NORMALISER, PLACES,
			List.of(new Agency("140400-ldj", "140000", "长治市劳动和社会保障局", List.of("长治市人力资源和社会保障局"), AgencyLevel.prefecture,
					AgencyKind.department, "140400", null, Agency.OWN, true, null, null, null, 1),
					shanxi("140100-rsj", "太原市人力资源和社会保障局", "140100"), shanxi("140100-gaj", "太原市公安局", "140100"),
					shanxi("140100-jjzd", "太原市公安局交通警察支队", "140100"), shanxi("140105-jyj", "教育局", "140105"),
					new Agency("140200-rsj", "140000", "大同市人力资源和社会保障局", List.of("大同人社"), AgencyLevel.prefecture,
							AgencyKind.department, "140200", null, Agency.OWN, true, null, null, null, 1)),
			"140000", "山西省");

	@ParameterizedTest(name = "{0} → {1} ({2})")
	@CsvSource(textBlock = """
			长治,           140400-ldj, place
			长治市,         140400-ldj, place
			小店区,         140105-jyj, place
			小店,           140105-jyj, place
			劳动保障局,      140400-ldj, region-omitted
			长治劳动保障局,   140400-ldj, region-variant
			大同人社,        140200-rsj, alias
			太原人社,        140100-rsj, prefix
			太原市人力资源,   140100-rsj, prefix
			交通警察,        140100-jjzd, part
			""")
	void aPlaceAFormerOrShortNameASavedAliasOrAPartOfTheNameFindsTheAgencyFirst(String query, String id,
			String matchedBy) {
		List<AgencyMatch> matches = SHANXI.search(query, null, 10);
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).agency().id()).isEqualTo(id);
		assertThat(matches.get(0).matchedBy()).isEqualTo(matchedBy);
	}

	@Test
	void aPlaceFindsEveryAgencyLyingThereAndNoOther() {
		assertThat(SHANXI.search("太原", null, 10)).filteredOn((match) -> match.matchedBy().equals("place"))
			.extracting((match) -> match.agency().id())
			.containsExactlyInAnyOrder("140100-rsj", "140100-gaj", "140100-jjzd", "140105-jyj");
		assertThat(SHANXI.search("长治", null, 10)).extracting((match) -> match.agency().id())
			.containsExactly("140400-ldj");
	}

	@Test
	void theExactNameComesFirstThenTheNamesStartingWithItThenTheRest() {
		assertThat(SHANXI.search("太原市公安局", null, 10)).extracting(AgencyMatch::matchedBy).startsWith("name", "prefix");
		assertThat(SHANXI.search("太原市公安局", null, 10)).extracting((match) -> match.agency().id())
			.startsWith("140100-gaj", "140100-jjzd");
		List<AgencyMatch> security = SHANXI.search("公安", null, 10);
		assertThat(security).extracting((match) -> match.agency().id()).containsExactly("140100-gaj", "140100-jjzd");
		assertThat(security).extracting(AgencyMatch::matchedBy).containsOnly("part");
	}

	static Agency shanxi(String id, String name, String region) {
		return new Agency(id, "140000", name, List.of(), AgencyLevel.prefecture, AgencyKind.department, region, null,
				Agency.OWN, true, null, null, null, 1);
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
