package io.gongkai.analytics.figures;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Who sees what: analysts every province; a coordinator its own province in detail and
 * the national aggregates only; a reporter its own agency against the medians; nobody
 * without a token. Refusals say what to fix.
 */
class FiguresAccessTest extends FiguresTestSupport {

	@Test
	void anAnalystAndTheAdminSeeEveryProvince() throws Exception {
		for (String token : new String[] { analyst(), admin() }) {
			JsonNode rows = ok(token, "/api/analytics/comparison?figure=requests.received&year=2022").path("rows");
			assertThat(rows).hasSize(5);
			ok(token, "/api/analytics/provinces/620000/agencies?figure=requests.received&year=2022");
		}
	}

	@Test
	void aCoordinatorSeesItsOwnProvinceInDetailAndOnlyNationalAggregatesOfTheOthers() throws Exception {
		JsonNode comparison = ok(liaoning(), "/api/analytics/comparison?figure=requests.received&year=2022");
		assertThat(comparison.path("rows")).hasSize(1);
		assertThat(comparison.path("rows").get(0).path("key").asString()).isEqualTo("210000");
		assertThat(comparison.path("rows").get(0).path("rank").asInt()).isEqualTo(2);
		assertThat(comparison.path("national").path("value").asDouble()).isEqualTo(1400);
		assertThat(comparison.path("national").path("rows").path("median").asDouble()).isEqualTo(150);
		assertThat(comparison.path("freshness").path("provinces")).hasSize(1);
		assertThat(comparison.toString()).doesNotContain("620000", "甘肃", "330000", "浙江");

		JsonNode own = ok(liaoning(), "/api/analytics/provinces/210000/agencies?figure=requests.received&year=2022");
		assertThat(own.path("agencies")).hasSize(4);

		JsonNode refused = problem(liaoning(),
				"/api/analytics/provinces/620000/agencies?figure=requests.received&year=2022", 403);
		assertThat(refused.path("type").asString()).endsWith("/foreign-province");
		assertThat(refused.path("detail").asString()).contains("210000");
		assertThat(refused.toString()).doesNotContain("甘肃", "gs-");
		problem(liaoning(), "/api/analytics/comparison?figure=requests.received&year=2022&by=level&province=620000",
				403);
		problem(liaoning(), "/api/analytics/trend?figure=requests.received&province=620000", 403);

		JsonNode completeness = ok(liaoning(), "/api/analytics/completeness?from=2022&to=2022");
		assertThat(completeness.path("rows")).hasSize(1);
		assertThat(completeness.path("national").get(0).path("expected").asInt()).isEqualTo(13);
		JsonNode outliers = ok(liaoning(), "/api/analytics/outliers?figure=requests.received&year=2022");
		assertThat(outliers.path("provinces")).hasSize(1);
		assertThat(outliers.path("carryOverBreaks")).isEmpty();
		assertThat(outliers.toString()).doesNotContain("gs-jyt", "zj-rst");
		JsonNode nationalTrend = ok(liaoning(), "/api/analytics/trend?figure=requests.received&from=2022&to=2022");
		assertThat(nationalTrend.path("years").get(0).path("value").asDouble()).isEqualTo(1400);
	}

	@Test
	void aReporterSeesOnlyItsOwnAgencyAgainstTheMedians() throws Exception {
		JsonNode mine = ok(liaoningRst(), "/api/analytics/my-agency?year=2022");
		assertThat(mine.path("agencyId").asString()).isEqualTo("ln-rst");
		assertThat(mine.toString()).doesNotContain("ln-fgw", "发展和改革委员会", "620000", "330000");

		problem(liaoningRst(), "/api/analytics/comparison?figure=requests.received&year=2022", 403);
		problem(liaoningRst(), "/api/analytics/provinces/210000/agencies?figure=requests.received&year=2022", 403);
		problem(liaoningRst(), "/api/analytics/completeness", 403);
		problem(liaoning(), "/api/analytics/my-agency?year=2022", 403);
		problem(analyst(), "/api/analytics/my-agency?year=2022", 403);
	}

	@Test
	void withoutATokenNothingAnswers() throws Exception {
		for (String path : new String[] { "/api/analytics/figures",
				"/api/analytics/comparison?figure=requests.received&year=2022", "/api/analytics/my-agency" }) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(401);
		}
	}

	@Test
	void badRequestsSayWhatToFix() throws Exception {
		JsonNode unknown = problem(analyst(), "/api/analytics/comparison?figure=requests.recieved&year=2022", 400);
		assertThat(unknown.path("type").asString()).endsWith("/unknown-figure");
		assertThat(unknown.path("detail").asString()).contains("requests.recieved", "/api/analytics/figures");
		assertThat(unknown.path("figures").toString()).contains("requests.received");
		assertThat(unknown.path("instance").asString()).isEqualTo("/api/analytics/comparison");

		assertThat(problem(analyst(), "/api/analytics/comparison?figure=requests.received&year=1999", 400).path("type")
			.asString()).endsWith("/invalid-year");
		assertThat(problem(analyst(), "/api/analytics/comparison?figure=requests.received&year=2022&by=city", 400)
			.path("detail")
			.asString()).contains("province、level 或 kind");
		assertThat(
				problem(analyst(), "/api/analytics/trend?figure=requests.received&from=2022&to=2020", 400).path("type")
					.asString())
			.endsWith("/invalid-year-range");
		assertThat(problem(analyst(), "/api/analytics/provinces/21/agencies?figure=requests.received&year=2022", 400)
			.path("type")
			.asString()).endsWith("/invalid-province");
		assertThat(
				problem(analyst(), "/api/analytics/provinces/990000/agencies?figure=requests.received&year=2022", 404)
					.path("type")
					.asString())
			.endsWith("/unknown-province");
		problem(analyst(), "/api/analytics/comparison?year=2022", 400);
	}

	@Test
	void aCoordinatorTokenWithoutAProvinceIsRefused() throws Exception {
		String stray = tokens.token("stray", List.of("provincial-coordinator"), null, null);
		assertThat(problem(stray, "/api/analytics/comparison?figure=requests.received&year=2022", 403).path("type")
			.asString()).endsWith("/no-province");
	}

}
