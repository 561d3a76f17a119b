package io.gongkai.platform.tokens;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNamesTests {

	@Test
	void aChineseNameIsWrittenFamilyNameFirstWithoutASpace() {
		assertThat(DisplayNames.of(Map.of("preferred_username", "coordinator-140000", "given_name", "晓明", "family_name",
				"王", "name", "晓明 王")))
			.isEqualTo("王晓明");
	}

	@Test
	void anotherNameIsTakenAsTheNameClaimGivesIt() {
		assertThat(DisplayNames.of(Map.of("preferred_username", "analyst", "given_name", "Anna", "family_name", "Lee",
				"name", "Anna Lee")))
			.isEqualTo("Anna Lee");
		assertThat(DisplayNames.of(Map.of("preferred_username", "analyst", "name", "山西省协调员"))).isEqualTo("山西省协调员");
	}

	@Test
	void givenAndFamilyNameAreUsedWhenTheTokenHasNoFullName() {
		assertThat(DisplayNames.of(Map.of("preferred_username", "analyst", "given_name", "Anna", "family_name", "Lee")))
			.isEqualTo("Anna Lee");
		assertThat(DisplayNames.of(Map.of("preferred_username", "analyst", "given_name", "Anna"))).isEqualTo("Anna");
	}

	@Test
	void theLoginNameIsTheNameOnlyWhenTheTokenHasNoOther() {
		assertThat(DisplayNames.of(Map.of("preferred_username", "reporter-140000", "name", " ")))
			.isEqualTo("reporter-140000");
		assertThat(DisplayNames.of(Map.of("sub", "6a1c"))).isEqualTo("6a1c");
	}

}
