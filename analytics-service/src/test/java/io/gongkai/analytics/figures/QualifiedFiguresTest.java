package io.gongkai.analytics.figures;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legacy figures stated as "at least" (余, 多, 以上) or "about" (约, 近, 左右) count at their
 * stated value, and every answer says how many reports behind a value stated it so.
 */
class QualifiedFiguresTest extends FiguresTestSupport {

	@Test
	void aComparisonSaysPerRowAndForTheNationHowManyReportsStatedTheFigureAsAtLeastOrAbout() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/comparison?figure=requests.received&year=2017");

		JsonNode gansu = row(answer.path("rows"), "key", "620000");
		assertThat(gansu.path("value").asDouble()).isEqualTo(40.0);
		assertThat(gansu.path("qualified").path("atLeast").asInt()).isEqualTo(1);
		assertThat(gansu.path("qualified").path("approx").asInt()).isZero();
		JsonNode zhejiang = row(answer.path("rows"), "key", "330000");
		assertThat(zhejiang.path("qualified").path("approx").asInt()).isEqualTo(1);
		JsonNode liaoning = row(answer.path("rows"), "key", "210000");
		assertThat(liaoning.path("qualified").path("atLeast").asInt()).isZero();
		assertThat(liaoning.path("qualified").path("approx").asInt()).isZero();

		JsonNode nation = answer.path("national");
		assertThat(nation.path("value").asDouble()).isEqualTo(420.0);
		assertThat(nation.path("qualified").path("atLeast").asInt()).isEqualTo(1);
		assertThat(nation.path("qualified").path("approx").asInt()).isEqualTo(1);
	}

	@Test
	void figuresNoReportQualifiedSayNone() throws Exception {
		JsonNode nation = ok(analyst(), "/api/analytics/comparison?figure=requests.answered&year=2017")
			.path("national");
		assertThat(nation.path("reports").asInt()).isEqualTo(3);
		assertThat(nation.path("qualified").path("atLeast").asInt()).isZero();
		assertThat(nation.path("qualified").path("approx").asInt()).isZero();
	}

	@Test
	void theTrendAndTheDrilldownMarkValuesRestingOnQualifiedFigures() throws Exception {
		JsonNode year2017 = ok(analyst(), "/api/analytics/trend?figure=requests.received&from=2017&to=2018")
			.path("years")
			.get(0);
		assertThat(year2017.path("qualified").path("atLeast").asInt()).isEqualTo(1);
		assertThat(year2017.path("qualified").path("approx").asInt()).isEqualTo(1);

		JsonNode drilldown = ok(analyst(),
				"/api/analytics/provinces/620000/agencies?figure=requests.received&year=2017");
		assertThat(row(drilldown.path("agencies"), "agencyId", "gs-rst").path("qualifier").asString())
			.isEqualTo("at_least");
		assertThat(drilldown.path("total").path("qualified").path("atLeast").asInt()).isEqualTo(1);
		JsonNode exact = ok(analyst(), "/api/analytics/provinces/210000/agencies?figure=requests.received&year=2017");
		assertThat(row(exact.path("agencies"), "agencyId", "ln-rst").path("qualifier").isNull()).isTrue();
	}

	@Test
	void exportsCountTheQualifiedReportsInColumnsOfTheirOwn() throws Exception {
		String csv = call(analyst(), "/api/analytics/comparison?figure=requests.received&year=2017&format=csv")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("数据更新时间,其中含“以上/余”数字的报告数,其中含“约”数字的报告数")
			.containsPattern("620000,甘肃省,2017,收到政府信息公开申请数,40,1,1,0,旧版报告,.*,1,0\\r?\\n")
			.containsPattern("全国,全国合计,2017,收到政府信息公开申请数,420,3,,,旧版报告,.*,1,1\\r?\\n");
		String agencies = call(analyst(),
				"/api/analytics/provinces/620000/agencies?figure=requests.received&year=2017&format=csv")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(agencies).contains("省内排名,数字性质").contains(",40,1,以上/余（下限）");
	}

}
