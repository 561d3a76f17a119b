package io.gongkai.analytics.figures;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completeness, timeliness, drill-downs, trends, outliers and the reporter's own view,
 * against figures computed by hand from {@link TestNation}.
 */
class ProvinceReportingTest extends FiguresTestSupport {

	@Test
	void completenessCountsExpectedAgenciesThatReportedAndPendingReportsApart() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/completeness?from=2021&to=2022");

		JsonNode liaoning = yearRow(answer.path("rows"), "210000", 2022);
		// 辽宁省数据局 only exists from 2023; the late report of 沈阳市教育局 awaits review; the
		// amendment under review of the 发展和改革委员会 has an accepted version
		assertThat(liaoning.path("expected").asInt()).isEqualTo(4);
		assertThat(liaoning.path("reported").asInt()).isEqualTo(4);
		assertThat(liaoning.path("accepted").asInt()).isEqualTo(3);
		assertThat(liaoning.path("pending").asInt()).isEqualTo(1);
		assertThat(liaoning.path("missing").asInt()).isZero();
		assertThat(liaoning.path("onTime").asInt()).isEqualTo(3);
		assertThat(liaoning.path("late").asInt()).isEqualTo(1);
		assertThat(liaoning.path("completeness").asDouble()).isEqualTo(100.0);
		assertThat(liaoning.path("timeliness").asDouble()).isEqualTo(75.0);

		// 甘肃省统计局 has only a draft: expected, missing
		JsonNode gansu = yearRow(answer.path("rows"), "620000", 2022);
		assertThat(gansu.path("expected").asInt()).isEqualTo(4);
		assertThat(gansu.path("reported").asInt()).isEqualTo(3);
		assertThat(gansu.path("pending").asInt()).isZero();
		assertThat(gansu.path("missing").asInt()).isEqualTo(1);
		assertThat(gansu.path("onTime").asInt()).isEqualTo(2);
		assertThat(gansu.path("late").asInt()).isEqualTo(1);
		assertThat(gansu.path("completeness").asDouble()).isEqualTo(75.0);
		assertThat(gansu.path("timeliness").asDouble()).isEqualTo(66.67);

		JsonNode nation = answer.path("national").get(1);
		assertThat(nation.path("year").asInt()).isEqualTo(2022);
		assertThat(nation.path("expected").asInt()).isEqualTo(13);
		assertThat(nation.path("reported").asInt()).isEqualTo(10);
		assertThat(nation.path("accepted").asInt()).isEqualTo(9);
		assertThat(nation.path("pending").asInt()).isEqualTo(1);
		assertThat(nation.path("missing").asInt()).isEqualTo(3);
		assertThat(nation.path("onTime").asInt()).isEqualTo(8);
		assertThat(nation.path("late").asInt()).isEqualTo(2);
		assertThat(nation.path("completeness").asDouble()).isEqualTo(76.92);
		assertThat(nation.path("timeliness").asDouble()).isEqualTo(80.0);
	}

	@Test
	void theDrilldownListsAProvincesReportsAndWhoIsMissing() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/provinces/210000/agencies?figure=requests.received&year=2022");

		JsonNode agencies = answer.path("agencies");
		assertThat(agencies).hasSize(4);
		assertThat(agencies.get(0).path("agencyId").asString()).isEqualTo("210000-gov");
		assertThat(agencies.get(0).path("scope").asString()).isEqualTo("aggregate");
		assertThat(agencies.get(0).path("value").asDouble()).isEqualTo(1000);
		assertThat(agencies.get(0).path("rank").isNull()).isTrue();
		JsonNode rst = row(agencies, "agencyId", "ln-rst");
		assertThat(rst.path("agencyName").asString()).isEqualTo("辽宁省人力资源和社会保障厅");
		assertThat(rst.path("rank").asInt()).isEqualTo(1);
		assertThat(row(agencies, "agencyId", "ln-fgw").path("rank").asInt()).isEqualTo(2);
		JsonNode pending = row(agencies, "agencyId", "ln-sy-jyj");
		assertThat(pending.path("value").isNull()).isTrue();
		assertThat(pending.path("status").asString()).isEqualTo("submitted");
		assertThat(pending.path("onTime").asBoolean()).isFalse();
		assertThat(pending.path("level").asString()).isEqualTo("prefecture");
		assertThat(answer.path("total").path("value").asDouble()).isEqualTo(150);
		assertThat(answer.path("total").path("aggregates").path("value").asDouble()).isEqualTo(1000);
		assertThat(answer.path("nation").path("value").asDouble()).isEqualTo(1400);
		assertThat(answer.path("nation").path("agencies").path("median").asDouble()).isEqualTo(100);
		assertThat(answer.path("missing")).isEmpty();

		JsonNode gansu = ok(analyst(), "/api/analytics/provinces/620000/agencies?figure=requests.received&year=2022");
		assertThat(gansu.path("missing")).hasSize(1);
		assertThat(gansu.path("missing").get(0).path("agencyName").asString()).isEqualTo("甘肃省统计局");
	}

	@Test
	void theTrendShowsTheChangeFromYearToYearAndFlagsJumps() throws Exception {
		JsonNode years = ok(analyst(),
				"/api/analytics/trend?figure=requests.received&province=210000&from=2017&to=2022")
			.path("years");

		assertThat(years).hasSize(6);
		assertThat(years.get(0).path("value").asDouble()).isEqualTo(80);
		assertThat(years.get(0).path("source").asString()).isEqualTo("legacy");
		assertThat(years.get(1).path("value").isNull()).isTrue();
		assertThat(years.get(2).path("value").asDouble()).isEqualTo(90);
		assertThat(years.get(2).path("change").isNull()).isTrue();
		assertThat(years.get(3).path("change").asDouble()).isEqualTo(10);
		assertThat(years.get(3).path("jump").asBoolean()).isFalse();
		// 100 → 15 → 150
		assertThat(years.get(4).path("ratio").asDouble()).isEqualTo(0.15);
		assertThat(years.get(4).path("jump").asBoolean()).isTrue();
		assertThat(years.get(5).path("change").asDouble()).isEqualTo(135);
		assertThat(years.get(5).path("ratio").asDouble()).isEqualTo(10.0);
		assertThat(years.get(5).path("jump").asBoolean()).isTrue();

		JsonNode nation = ok(analyst(), "/api/analytics/trend?figure=requests.received&from=2021&to=2022");
		assertThat(nation.path("label").asString()).isEqualTo("全国");
		// 15 + 25 + 10 + 60 + 190 + 550, then 1400
		assertThat(nation.path("years").get(0).path("value").asDouble()).isEqualTo(850);
		assertThat(nation.path("years").get(1).path("value").asDouble()).isEqualTo(1400);
	}

	@Test
	void outliersAreProvincesOutsideTheFencesJumpsAndCarryOverBreaks() throws Exception {
		// disclosure rates on 2020: Guangdong 20 against 68, 70, 72 and 75
		JsonNode fences = ok(analyst(), "/api/analytics/outliers?figure=rate.disclosure&year=2020");
		assertThat(fences.path("fences").path("q1").asDouble()).isEqualTo(68.0);
		assertThat(fences.path("fences").path("q3").asDouble()).isEqualTo(72.0);
		assertThat(fences.path("fences").path("low").asDouble()).isEqualTo(62.0);
		assertThat(fences.path("fences").path("high").asDouble()).isEqualTo(78.0);
		assertThat(row(fences.path("provinces"), "province", "440000").path("outside").asString()).isEqualTo("below");
		assertThat(row(fences.path("provinces"), "province", "330000").path("outside").isNull()).isTrue();

		JsonNode received = ok(analyst(), "/api/analytics/outliers?figure=requests.received&year=2022");
		JsonNode liaoning = row(received.path("provinces"), "province", "210000");
		assertThat(liaoning.path("jump").asBoolean()).isTrue();
		assertThat(liaoning.path("ratio").asDouble()).isEqualTo(10.0);
		assertThat(liaoning.path("agencyJumps").asInt()).isEqualTo(1);
		assertThat(row(received.path("provinces"), "province", "330000").path("agencyJumps").asInt()).isEqualTo(1);
		assertThat(row(received.path("provinces"), "province", "330000").path("jump").asBoolean()).isFalse();
		assertThat(received.path("agencyJumpCount").asInt()).isEqualTo(2);
		assertThat(received.path("agencyJumps").toString()).contains("ln-rst", "zj-rst");
		// 甘肃省教育厅 carried 3 forward into 2022 and says it carried 5 over
		assertThat(row(received.path("provinces"), "province", "620000").path("carryOverBreaks").asInt()).isEqualTo(1);
		assertThat(received.path("carryOverBreakCount").asInt()).isEqualTo(1);
		JsonNode broken = received.path("carryOverBreaks").get(0);
		assertThat(broken.path("agencyId").asString()).isEqualTo("gs-jyt");
		assertThat(broken.path("carriedForwardLastYear").asDouble()).isEqualTo(3);
		assertThat(broken.path("carriedOverThisYear").asDouble()).isEqualTo(5);
	}

	@Test
	void aReporterSeesItsOwnAgencyAgainstItsProvincesAndTheNationsMedians() throws Exception {
		JsonNode answer = ok(liaoningRst(), "/api/analytics/my-agency?year=2022");

		assertThat(answer.path("agencyName").asString()).isEqualTo("辽宁省人力资源和社会保障厅");
		assertThat(answer.path("scope").asString()).isEqualTo("own");
		JsonNode received = row(answer.path("figures"), "id", "requests.received");
		assertThat(received.path("value").asDouble()).isEqualTo(100);
		// Liaoning's own reports: 100 and 50; the nation's: 20 30 50 100 200 400 600
		assertThat(received.path("provinceMedian").asDouble()).isEqualTo(75);
		assertThat(received.path("provinceReports").asInt()).isEqualTo(2);
		assertThat(received.path("nationalMedian").asDouble()).isEqualTo(100);
		assertThat(received.path("nationalReports").asInt()).isEqualTo(7);
		JsonNode disclosure = row(answer.path("figures"), "id", "rate.disclosure");
		assertThat(disclosure.path("value").asDouble()).isEqualTo(66.67);
		assertThat(disclosure.path("provinceMedian").asDouble()).isEqualTo(70.83);
		assertThat(disclosure.path("nationalMedian").asDouble()).isEqualTo(75.0);
		assertThat(answer.path("freshness").path("provinces")).hasSize(1);

		JsonNode latest = ok(liaoningRst(), "/api/analytics/my-agency");
		assertThat(latest.path("year").asInt()).isEqualTo(2022);
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
