package io.gongkai.analytics.figures;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests received per 10,000 inhabitants: by province, for the nation over the
 * provinces whose population is known, and refused where a population has no meaning.
 */
class RequestsPerInhabitantTest extends FiguresTestSupport {

	static final String FIGURE = "rate.requests_per_10k";

	@Test
	void provincesAreRankedByRequestsPer10000InhabitantsAndTheNationCountsProvincesWithAPopulation() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/comparison?figure=" + FIGURE + "&year=2022");

		assertThat(answer.path("aggregation").asString()).isEqualTo("sum per 10,000 inhabitants");
		// Liaoning: 150 requests of own reports over 1,500,000 inhabitants
		JsonNode liaoning = row(answer.path("rows"), "key", "210000");
		assertThat(liaoning.path("value").asDouble()).isEqualTo(1.0);
		assertThat(liaoning.path("reports").asInt()).isEqualTo(2);
		assertThat(liaoning.path("rank").asInt()).isEqualTo(3);
		assertThat(liaoning.path("population").path("residents").asLong()).isEqualTo(1_500_000);
		assertThat(liaoning.path("population").path("source").asString()).isEqualTo("测试人口");
		assertThat(liaoning.path("aggregates").path("value").asDouble()).isEqualTo(6.67);
		assertThat(row(answer.path("rows"), "key", "620000").path("value").asDouble()).isEqualTo(2.0);
		assertThat(row(answer.path("rows"), "key", "620000").path("aggregates").path("value").asDouble())
			.isEqualTo(20.0);
		assertThat(row(answer.path("rows"), "key", "330000").path("value").asDouble()).isEqualTo(3.0);
		assertThat(row(answer.path("rows"), "key", "330000").path("rank").asInt()).isEqualTo(1);
		// Beijing has a population but no report on 2022
		assertThat(row(answer.path("rows"), "key", "110000").path("value").isNull()).isTrue();

		// 1400 requests over the 5,750,000 inhabitants of the three provinces with a
		// value
		JsonNode nation = answer.path("national");
		assertThat(nation.path("value").asDouble()).isEqualTo(2.43);
		assertThat(nation.path("residents").asLong()).isEqualTo(5_750_000);
		assertThat(nation.path("reports").asInt()).isEqualTo(7);
		assertThat(nation.path("rows").path("median").asDouble()).isEqualTo(2.0);
		assertThat(nation.path("rankedRows").asInt()).isEqualTo(3);
		assertThat(nation.path("agencies").path("count").asInt()).isZero();
		assertThat(nation.path("aggregates").path("value").asDouble()).isEqualTo(8.57);
	}

	@Test
	void aProvinceWithoutAPopulationIsBlankNotZeroAndLeftOutOfTheNationalValue() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/comparison?figure=" + FIGURE + "&year=2020");

		JsonNode guangdong = row(answer.path("rows"), "key", "440000");
		assertThat(guangdong.path("value").isNull()).isTrue();
		assertThat(guangdong.path("rank").isNull()).isTrue();
		assertThat(guangdong.path("reports").asInt()).isEqualTo(1);
		assertThat(guangdong.path("population").path("residents").isNull()).isTrue();
		// (100 + 50 + 200 + 100) requests over 7,750,000 inhabitants; Guangdong's 100
		// left out
		assertThat(answer.path("national").path("value").asDouble()).isEqualTo(0.58);
		assertThat(answer.path("national").path("reports").asInt()).isEqualTo(4);
		assertThat(answer.path("national").path("residents").asLong()).isEqualTo(7_750_000);
	}

	@Test
	void theNationalTrendIsPer10000InhabitantsYearByYear() throws Exception {
		JsonNode years = ok(analyst(), "/api/analytics/trend?figure=" + FIGURE + "&from=2020&to=2022").path("years");

		assertThat(years.get(0).path("value").asDouble()).isEqualTo(0.58);
		assertThat(years.get(1).path("value").asDouble()).isEqualTo(1.48);
		assertThat(years.get(2).path("value").asDouble()).isEqualTo(2.43);
		assertThat(years.get(2).path("change").asDouble()).isEqualTo(0.96);
		JsonNode liaoning = ok(analyst(),
				"/api/analytics/trend?figure=" + FIGURE + "&province=210000&from=2021&to=2022")
			.path("years");
		assertThat(liaoning.get(0).path("value").asDouble()).isEqualTo(0.1);
		assertThat(liaoning.get(1).path("value").asDouble()).isEqualTo(1.0);
	}

	@Test
	void levelsKindsAgenciesAndOutliersHaveNoPopulationAndAreRefusedWithAProblem() throws Exception {
		for (String path : new String[] { "/api/analytics/comparison?figure=" + FIGURE + "&year=2022&by=level",
				"/api/analytics/comparison?figure=" + FIGURE + "&year=2022&by=kind",
				"/api/analytics/provinces/210000/agencies?figure=" + FIGURE + "&year=2022",
				"/api/analytics/outliers?figure=" + FIGURE + "&year=2022" }) {
			JsonNode problem = problem(analyst(), path, 400);
			assertThat(problem.path("type").asString()).as(path)
				.isEqualTo("https://gongkai.io/problems/figure-by-province-only");
			assertThat(problem.path("detail").asString()).contains("requests.received");
		}
		JsonNode mine = ok(liaoningRst(), "/api/analytics/my-agency?year=2022");
		assertThat(mine.path("figures").findValuesAsString("id")).contains("requests.received").doesNotContain(FIGURE);
	}

	@Test
	void theCatalogueListsTheFigurePerCapitaWithItsUnit() throws Exception {
		JsonNode figure = row(ok(analyst(), "/api/analytics/figures"), "id", FIGURE);
		assertThat(figure.path("kind").asString()).isEqualTo("per_capita");
		assertThat(figure.path("unit").asString()).isEqualTo("件/万人");
		assertThat(figure.path("numerator").get(0).asString()).isEqualTo("requests.received");
		assertThat(figure.path("note").asString()).startsWith("仅按省份比较");
		assertThat(figure.path("noteEn").asString()).startsWith("Compared by province only");
	}

	@Test
	void theExportGivesEachProvincesPopulationAndTheNationsSum() throws Exception {
		String csv = call(analyst(), "/api/analytics/comparison?figure=" + FIGURE + "&year=2022&format=csv")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("每万人政府信息公开申请数（件/万人）", "常住人口（人）", "人口数据年份", "人口数据来源")
			.contains("210000,辽宁省,2022,每万人政府信息公开申请数,1,2,0,2,模板报告,")
			.contains(",1500000,2020,测试人口")
			.contains(",5750000,,有人口数据的省份之和");
	}

}
