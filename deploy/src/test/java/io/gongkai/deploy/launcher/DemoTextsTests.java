package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped plan: which published reports the demo imports, where, and which it leaves
 * out.
 */
class DemoTextsTests {

	private final ObjectMapper json = JsonMapper.builder().build();

	private final List<DemoTexts.DemoText> texts = DemoTexts.shipped(this.json);

	@Test
	void everyPackagedTextIsInThePlanOnceAndEveryPlannedTextIsPackaged() throws Exception {
		List<String> planned = this.texts.stream().map(DemoTexts.DemoText::file).toList();
		assertThat(planned).doesNotHaveDuplicates();
		assertThat(planned).containsExactlyInAnyOrderElementsOf(packaged());
		assertThat(planned).hasSize(29);
		this.texts.forEach((text) -> assertThat(text.text()).as(text.file()).isNotBlank());
	}

	@Test
	void everyTextLeftOutSaysWhyInChinese() {
		this.texts.stream()
			.filter(DemoTexts.DemoText::skipped)
			.forEach((text) -> assertThat(text.skipReason()).as(text.file()).containsPattern("\\p{IsHan}{6,}"));
	}

	@Test
	void everyAgencyIdBeginsWithItsSixDigitRegionCodeWhichLiesInItsProvince() {
		for (DemoTexts.DemoText text : imported()) {
			JsonNode agency = text.agency();
			String region = agency.path("regionCode").asString();
			assertThat(region).as(text.file()).matches("\\d{6}").startsWith(text.provinceCode().substring(0, 2));
			assertThat(text.agencyId()).as(text.file()).startsWith(region + "-");
			assertThat(agency.path("name").asString()).as(text.file()).containsPattern("\\p{IsHan}{4,}");
			assertThat(agency.path("level").asString()).as(text.file())
				.isIn("province", "prefecture", "county", "township");
			assertThat(agency.path("kind").asString()).as(text.file()).isIn("government", "department");
			if (agency.path("level").asString().equals("province")) {
				assertThat(region).as(text.file()).isEqualTo(text.provinceCode());
			}
		}
	}

	@Test
	void eachAgencyHasOneTextSoThatHavingAReportMeansItsTextWasImported() {
		assertThat(imported().stream().map(DemoTexts.DemoText::agencyId)).doesNotHaveDuplicates();
	}

	@Test
	void everyProvinceOfThePlanHasItsDemoCoordinatorInTheRealm() {
		JsonNode realm = this.json.readTree(RealmFile.template());
		Map<String, String> coordinators = new HashMap<>();
		for (JsonNode user : realm.path("users")) {
			if (StreamSupport.stream(user.path("realmRoles").spliterator(), false)
				.anyMatch((role) -> role.asString().equals("provincial-coordinator"))) {
				coordinators.put(user.path("username").asString(),
						user.path("attributes").path("province").get(0).asString());
			}
		}
		for (String province : DemoData.provinces(this.texts)) {
			assertThat(coordinators).as("coordinator of " + province)
				.containsEntry("coordinator-" + province, province);
		}
	}

	/**
	 * The years the careful reader found in the texts (the expected answers beside them
	 * in report-service's test resources): the first national view has recent years in
	 * several provinces.
	 */
	@Test
	void theImportedTextsCoverSeveralProvincesInRecentYearsAndAllTemplateFormats() throws IOException {
		Map<Integer, Set<String>> provincesByYear = new HashMap<>();
		for (DemoTexts.DemoText text : imported()) {
			Path expected = Path.of("../report-service/src/test/resources/textimport",
					text.file().replace(".txt", ".json"));
			int year = this.json.readTree(Files.readString(expected)).path("year").asInt();
			provincesByYear.computeIfAbsent(year, (y) -> new TreeSet<>()).add(text.provinceCode());
		}
		assertThat(provincesByYear.get(2020)).hasSizeGreaterThanOrEqualTo(5);
		assertThat(provincesByYear.keySet()).contains(2010, 2013, 2016, 2019, 2020, 2021, 2022, 2023);
		assertThat(DemoData.provinces(this.texts)).hasSizeGreaterThanOrEqualTo(15);
	}

	private List<DemoTexts.DemoText> imported() {
		return this.texts.stream().filter((text) -> !text.skipped()).toList();
	}

	private static List<String> packaged() throws URISyntaxException, IOException {
		Path root = Path.of(DemoTexts.class.getResource(DemoTexts.TEXTS).toURI());
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map((file) -> root.relativize(file).toString()).toList();
		}
	}

}
