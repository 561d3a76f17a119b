package io.gongkai.analytics.figures;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an analyst compares, checked against figures computed by hand from
 * {@link TestNation}.
 */
class FigureComparisonTest extends FiguresTestSupport {

	static final String RECEIVED_2022 = "/api/analytics/comparison?figure=requests.received&year=2022";

	@Test
	void requestsReceivedAreSummedPerProvinceFromOwnReportsOnly() throws Exception {
		JsonNode answer = ok(analyst(), RECEIVED_2022);

		assertThat(answer.path("aggregation").asString()).isEqualTo("sum");
		JsonNode rows = answer.path("rows");
		assertThat(rows).hasSize(5);
		// Liaoning: 100 + 50 (the amendment under review counts with its accepted
		// version);
		// the provincial government's aggregate 1000 is shown apart, the pending report
		// has
		// no figures
		JsonNode liaoning = row(rows, "key", "210000");
		assertThat(liaoning.path("label").asString()).isEqualTo("辽宁省");
		assertThat(liaoning.path("value").asDouble()).isEqualTo(150);
		assertThat(liaoning.path("reports").asInt()).isEqualTo(2);
		assertThat(liaoning.path("aggregates").path("value").asDouble()).isEqualTo(1000);
		assertThat(liaoning.path("aggregates").path("reports").asInt()).isEqualTo(1);
		assertThat(liaoning.path("source").asString()).isEqualTo("template");
		assertThat(liaoning.path("lastSyncedAt").asString()).isEqualTo("2023-04-01T08:00:00Z");
		assertThat(row(rows, "key", "620000").path("value").asDouble()).isEqualTo(50);
		assertThat(row(rows, "key", "330000").path("value").asDouble()).isEqualTo(1200);
		assertThat(row(rows, "key", "330000").path("reports").asInt()).isEqualTo(3);
		// Beijing and Guangdong reported on 2020 only: not reported, not zero
		assertThat(row(rows, "key", "110000").path("value").isNull()).isTrue();
		assertThat(row(rows, "key", "110000").path("reports").asInt()).isZero();
		assertThat(row(rows, "key", "110000").path("rank").isNull()).isTrue();
	}

	@Test
	void rulesMadeComeFromTheT2TableOfEitherTemplateWhateverItsColumnIsCalled() throws Exception {
		JsonNode trial = ok(analyst(), "/api/analytics/comparison?figure=proactive.rules_made&year=2020");
		assertThat(row(trial.path("rows"), "key", "210000").path("value").asDouble()).isEqualTo(3);
		assertThat(row(trial.path("rows"), "key", "330000").path("value").asDouble()).isEqualTo(5);
		assertThat(row(trial.path("rows"), "key", "620000").path("value").isNull()).as("no T2 cell: not reported")
			.isTrue();
		assertThat(trial.path("national").path("value").asDouble()).isEqualTo(8);

		JsonNode current = ok(analyst(), "/api/analytics/comparison?figure=proactive.rules_made&year=2021");
		assertThat(row(current.path("rows"), "key", "210000").path("value").asDouble()).isEqualTo(4);
		assertThat(ok(analyst(), "/api/analytics/figures").toString()).contains("本年制发规章件数", "template_only");
	}

	@Test
	void theNationalTotalNeverAddsAggregateReportsOnTopOfTheirMembers() throws Exception {
		JsonNode national = ok(analyst(), RECEIVED_2022).path("national");

		// 100 + 50 + 30 + 20 + 400 + 200 + 600, not + 1000 + 500
		assertThat(national.path("value").asDouble()).isEqualTo(1400);
		assertThat(national.path("reports").asInt()).isEqualTo(7);
		assertThat(national.path("aggregates").path("value").asDouble()).isEqualTo(1500);
		assertThat(national.path("aggregates").path("reports").asInt()).isEqualTo(2);
	}

	@Test
	void mediansAndQuartilesAreThoseOfAgenciesAndOfProvinces() throws Exception {
		JsonNode national = ok(analyst(), RECEIVED_2022).path("national");

		// agencies: 20 30 50 100 200 400 600
		assertThat(national.path("agencies").path("median").asDouble()).isEqualTo(100);
		assertThat(national.path("agencies").path("q1").asDouble()).isEqualTo(40);
		assertThat(national.path("agencies").path("q3").asDouble()).isEqualTo(300);
		assertThat(national.path("agencies").path("count").asInt()).isEqualTo(7);
		// provinces: 50 150 1200
		assertThat(national.path("rows").path("median").asDouble()).isEqualTo(150);
		assertThat(national.path("rows").path("q1").asDouble()).isEqualTo(100);
		assertThat(national.path("rows").path("q3").asDouble()).isEqualTo(675);
		assertThat(national.path("rankedRows").asInt()).isEqualTo(3);
	}

	@Test
	void provincesAreRankedFromTheHighestValue() throws Exception {
		JsonNode rows = ok(analyst(), RECEIVED_2022).path("rows");

		assertThat(row(rows, "key", "330000").path("rank").asInt()).isEqualTo(1);
		assertThat(row(rows, "key", "210000").path("rank").asInt()).isEqualTo(2);
		assertThat(row(rows, "key", "620000").path("rank").asInt()).isEqualTo(3);
	}

	@Test
	void theDisclosureRateIsTheRatioOfSumsPerGroupAndEachReportsOwnRateInTheQuartiles() throws Exception {
		JsonNode answer = ok(analyst(), "/api/analytics/comparison?figure=rate.disclosure&year=2022");

		assertThat(answer.path("aggregation").asString()).isEqualTo("ratio of sums");
		assertThat(answer.path("figure").path("unit").asString()).isEqualTo("%");
		JsonNode rows = answer.path("rows");
		// Liaoning (50 + 10 + 20 + 10) / (90 + 40); Gansu (10 + 5 + 15) / (30 + 20);
		// Zhejiang
		// (320 + 160 + 500) / (380 + 200 + 600)
		assertThat(row(rows, "key", "210000").path("value").asDouble()).isEqualTo(69.23);
		assertThat(row(rows, "key", "620000").path("value").asDouble()).isEqualTo(60.0);
		assertThat(row(rows, "key", "330000").path("value").asDouble()).isEqualTo(83.05);
		assertThat(row(rows, "key", "330000").path("rank").asInt()).isEqualTo(1);
		assertThat(row(rows, "key", "620000").path("rank").asInt()).isEqualTo(3);
		JsonNode national = answer.path("national");
		assertThat(national.path("value").asDouble()).isEqualTo(80.88);
		// reports' own rates: 50, 66.67, 75, 75, 80, 83.33, 84.21
		assertThat(national.path("agencies").path("median").asDouble()).isEqualTo(75.0);
		assertThat(national.path("agencies").path("q1").asDouble()).isEqualTo(70.83);
		assertThat(national.path("agencies").path("q3").asDouble()).isEqualTo(81.67);
		// the governments' aggregate reports apart: (700 + 350) / (900 + 400)
		assertThat(national.path("aggregates").path("value").asDouble()).isEqualTo(80.77);
		assertThat(row(rows, "key", "210000").path("aggregates").path("value").asDouble()).isEqualTo(77.78);
	}

	@Test
	void aBlankCellIsNotReportedSoTheReportIsLeftOutOfTheRate() throws Exception {
		// T4 is blank in three own reports: only four reports carry reconsiderations
		JsonNode review = ok(analyst(), "/api/analytics/comparison?figure=rate.review&year=2022").path("national");
		assertThat(review.path("reports").asInt()).isEqualTo(4);
		// (4 + 0 + 3 + 5) / (90 + 40 + 30 + 380)
		assertThat(review.path("value").asDouble()).isEqualTo(2.22);

		JsonNode correction = ok(analyst(), "/api/analytics/comparison?figure=rate.review_correction&year=2022")
			.path("national");
		// (1 + 0 + 1 + 0) / ((2 + 1 + 1) + 0 + (1 + 1) + 5)
		assertThat(correction.path("value").asDouble()).isEqualTo(18.18);
		JsonNode loss = ok(analyst(), "/api/analytics/comparison?figure=rate.litigation_loss&year=2022")
			.path("national");
		// (1 + 0 + 1 + 0) / (2 + 0 + 1 + 0)
		assertThat(loss.path("value").asDouble()).isEqualTo(66.67);

		// Gansu's 2019 legacy text states no partial disclosure: its disclosure rate is
		// not
		// reported, Liaoning's (70 + 5) / 90 stands alone
		JsonNode disclosure2019 = ok(analyst(), "/api/analytics/comparison?figure=rate.disclosure&year=2019");
		assertThat(disclosure2019.path("national").path("reports").asInt()).isEqualTo(1);
		assertThat(disclosure2019.path("national").path("value").asDouble()).isEqualTo(83.33);
		assertThat(row(disclosure2019.path("rows"), "key", "620000").path("value").isNull()).isTrue();
	}

	@Test
	void everyValueSaysWhetherItCameFromLegacyOrTemplateReports() throws Exception {
		JsonNode legacy = ok(analyst(), "/api/analytics/comparison?figure=requests.received&year=2017");
		assertThat(legacy.path("national").path("value").asDouble()).isEqualTo(420);
		assertThat(legacy.path("national").path("source").asString()).isEqualTo("legacy");
		assertThat(row(legacy.path("rows"), "key", "330000").path("legacyReports").asInt()).isEqualTo(1);

		JsonNode mixed = ok(analyst(), "/api/analytics/comparison?figure=rate.refusal&year=2019");
		// (3 + 5) / (90 + 35)
		assertThat(mixed.path("national").path("value").asDouble()).isEqualTo(6.4);
		assertThat(mixed.path("national").path("source").asString()).isEqualTo("mixed");
		assertThat(row(mixed.path("rows"), "key", "210000").path("source").asString()).isEqualTo("template");
		assertThat(row(mixed.path("rows"), "key", "620000").path("source").asString()).isEqualTo("legacy");
		assertThat(mixed.path("caution").asString()).contains("not comparable");
		assertThat(mixed.path("figure").path("comparability").asString()).isEqualTo("not_comparable");

		assertThat(ok(analyst(), RECEIVED_2022).path("caution").isNull()).isTrue();
	}

	@Test
	void rowsCanBeLevelsOrKindsOfBody() throws Exception {
		JsonNode levels = ok(analyst(), RECEIVED_2022 + "&by=level").path("rows");
		assertThat(row(levels, "key", "province").path("value").asDouble()).isEqualTo(800);
		assertThat(row(levels, "key", "province").path("label").asString()).isEqualTo("省级");
		assertThat(row(levels, "key", "province").path("aggregates").path("value").asDouble()).isEqualTo(1500);
		assertThat(row(levels, "key", "prefecture").path("value").asDouble()).isEqualTo(600);
		assertThat(row(levels, "key", "county").path("value").isNull()).isTrue();

		JsonNode kinds = ok(analyst(), RECEIVED_2022 + "&by=kind").path("rows");
		assertThat(row(kinds, "key", "department").path("value").asDouble()).isEqualTo(800);
		assertThat(row(kinds, "key", "government").path("value").asDouble()).isEqualTo(600);
		assertThat(row(kinds, "key", "government").path("aggregates").path("value").asDouble()).isEqualTo(1500);

		JsonNode liaoningLevels = ok(analyst(), RECEIVED_2022 + "&by=level&province=210000");
		assertThat(row(liaoningLevels.path("rows"), "key", "province").path("value").asDouble()).isEqualTo(150);
		assertThat(liaoningLevels.path("national").path("value").asDouble()).isEqualTo(1400);
	}

	@Test
	void everyAnswerSaysHowFreshEachProvinceIs() throws Exception {
		JsonNode freshness = ok(analyst(), RECEIVED_2022).path("freshness");

		assertThat(freshness.path("provinces")).hasSize(5);
		assertThat(row(freshness.path("provinces"), "code", "440000").path("lastSyncedAt").asString())
			.isEqualTo("2023-03-30T08:00:00Z");
		assertThat(freshness.path("oldestSyncedAt").asString()).isEqualTo("2023-03-30T08:00:00Z");
	}

	@Test
	void theCatalogueListsEveryFigureWithItsUnitAndSources() throws Exception {
		JsonNode figures = ok(liaoningRst(), "/api/analytics/figures");

		JsonNode received = row(figures, "id", "requests.received");
		assertThat(received.path("name").asString()).isEqualTo("收到政府信息公开申请数");
		assertThat(received.path("unit").asString()).isEqualTo("件");
		assertThat(received.path("legacyMetric").asString()).isEqualTo("requests.received");
		assertThat(received.path("templateCells").get(0).asString()).isEqualTo("t3.new_received.total");
		assertThat(row(figures, "id", "requests.denied").path("templateCells")).hasSize(8);
		assertThat(row(figures, "id", "litigation.total").path("templateCells").toString())
			.contains("t4.litigation.direct.total", "t4.litigation.after_review.total");
		assertThat(row(figures, "id", "rate.backlog").path("comparability").asString()).isEqualTo("template_only");
		assertThat(row(figures, "id", "fees.collected_yuan").path("unit").asString()).isEqualTo("元");
		assertThat(row(figures, "id", "staff.full_time").path("unit").asString()).isEqualTo("人");
	}

}
