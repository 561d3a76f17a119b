package io.gongkai.analytics.figures;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share of mandated sections present, per province and year and for the nation, over
 * the accepted template reports of expected agencies; legacy reports counted apart.
 */
class MandatedSectionsTest extends FiguresTestSupport {

	@Test
	void completenessGivesTheShareOfMandatedSectionsTheAcceptedReportsHave() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/completeness?from=2022&to=2022");

		// 甘肃: the government's report lacks 二 and 四, the 人社厅's lacks 五; the 教育厅's
		// sections are not known
		JsonNode gansu = yearRow(answer.path("rows"), "620000", 2022).path("sections");
		assertThat(gansu.path("reports").asInt()).isEqualTo(2);
		assertThat(gansu.path("mandated").asInt()).isEqualTo(12);
		assertThat(gansu.path("present").asInt()).isEqualTo(9);
		assertThat(gansu.path("share").asDouble()).isEqualTo(75.0);
		assertThat(gansu.path("unknownReports").asInt()).isEqualTo(1);
		JsonNode liaoning = yearRow(answer.path("rows"), "210000", 2022).path("sections");
		assertThat(liaoning.path("share").asDouble()).isEqualTo(100.0);
		assertThat(liaoning.path("reports").asInt()).isEqualTo(2);

		JsonNode nation = answer.path("national").get(0).path("sections");
		assertThat(nation.path("reports").asInt()).isEqualTo(5);
		assertThat(nation.path("mandated").asInt()).isEqualTo(30);
		assertThat(nation.path("present").asInt()).isEqualTo(27);
		assertThat(nation.path("share").asDouble()).isEqualTo(90.0);
		assertThat(nation.path("unknownReports").asInt()).isEqualTo(4);
	}

	@Test
	void legacyReportsHaveNoMandatedSectionsAndAreCountedApartNotAsMissing() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/completeness?from=2017&to=2017");

		JsonNode gansu = yearRow(answer.path("rows"), "620000", 2017).path("sections");
		assertThat(gansu.path("legacyReports").asInt()).isEqualTo(1);
		assertThat(gansu.path("reports").asInt()).isZero();
		assertThat(gansu.path("share").isNull()).isTrue();
		assertThat(answer.path("national").get(0).path("sections").path("legacyReports").asInt()).isEqualTo(3);
	}

	@Test
	void theCompletenessExportHasTheShareOfMandatedSections() throws Exception {
		String csv = call(analyst(), "/api/analytics/completeness?from=2022&to=2022&format=csv")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("法定章节应有数（个）,法定章节具备数（个）,法定章节齐备率（%）,旧版报告（无法定章节，不计）（份）")
			.containsPattern("620000,甘肃省,2022,.*,2,12,9,75,0,1\\r?\\n")
			.containsPattern("全国,全国,2022,.*,5,30,27,90,0,4\\r?\\n");
	}

	private static JsonNode yearRow(JsonNode rows, String province, int year) {
		for (JsonNode row : rows) {
			if (province.equals(row.path("province").asString(null)) && row.path("year").asInt() == year) {
				return row;
			}
		}
		throw new AssertionError("No row of " + province + " on " + year);
	}

}
