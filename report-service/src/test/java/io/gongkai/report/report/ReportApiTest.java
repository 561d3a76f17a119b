package io.gongkai.report.report;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports through the real token verification and the MongoDB-wire store.
 */
class ReportApiTest extends ReportServiceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoClient client;

	@Test
	void reporterReadsItsOwnReportByIdAndInItsList() throws Exception {
		String reporter = tokens.reporter("210000", "210000-own");
		String id = create(reporter, 2011, "legacy").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location")
			.replace("/api/reports/", "");
		this.mvc.perform(get("/api/reports/" + id).header("Authorization", "Bearer " + reporter))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value("210000-own"))
			.andExpect(jsonPath("$.provinceCode").value("210000"))
			.andExpect(jsonPath("$.metrics['proactive.total'].value").value(6000))
			.andExpect(jsonPath("$.metrics['proactive.total'].qualifier").value("at_least"));
		this.mvc.perform(get("/api/reports").header("Authorization", "Bearer " + reporter))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.hasItem(id)));
	}

	@Test
	void nobodyOutsideTheAgencyAndProvinceReachesAReport() throws Exception {
		String id = idOf(create(tokens.reporter("620000", "620421-own"), 2016, "legacy"));
		List<String> outsiders = List.of(tokens.reporter("620000", "620100-other"),
				tokens.reporter("370000", "620421-own"), tokens.coordinator("370000"));
		for (String outsider : outsiders) {
			this.mvc.perform(get("/api/reports/" + id).header("Authorization", "Bearer " + outsider))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-not-found"));
			this.mvc.perform(get("/api/reports").header("Authorization", "Bearer " + outsider))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]", hasSize(0)));
		}
		this.mvc.perform(get("/api/reports/" + id).header("Authorization", "Bearer " + tokens.coordinator("620000")))
			.andExpect(status().isOk());
	}

	@Test
	void twoProvincesReportsLandInTwoDatabases() throws Exception {
		create(tokens.reporter("460000", "460100-a"), 2014, "legacy").andExpect(status().isCreated());
		create(tokens.reporter("140000", "140400-a"), 2009, "legacy").andExpect(status().isCreated());
		assertThat(reportAgencies("gongkai_460000")).contains("460100-a").doesNotContain("140400-a");
		assertThat(reportAgencies("gongkai_140000")).contains("140400-a").doesNotContain("460100-a");
	}

	@Test
	void aCallerWithNoProvinceIsRefusedAndTouchesNoDatabase() throws Exception {
		String noProvince = tokens.token("reporter-lost", List.of("agency-reporter"), null, "x-1");
		this.mvc.perform(get("/api/reports").header("Authorization", "Bearer " + noProvince))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/no-province"));
		this.mvc.perform(get("/api/reports").header("Authorization", "Bearer " + tokens.analyst()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAgencyHasOneReportPerYear() throws Exception {
		String reporter = tokens.reporter("370000", "370200-once");
		create(reporter, 2013, "legacy").andExpect(status().isCreated());
		create(reporter, 2013, "legacy").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/report-exists"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			textBlock = """
					year before 2008; {"year":2005,"format":"legacy","agencyName":"某局"}; 400; year
					year in the future; {"year":2999,"format":"template2021","agencyName":"某局"}; 400; year
					format of another period; {"year":2022,"format":"legacy","agencyName":"某局"}; 422; format
					unknown format; {"year":2012,"format":"pdf","agencyName":"某局"}; 400; format
					unknown figure; {"year":2012,"format":"legacy","agencyName":"某局","metrics":{"x.y":{"value":1}}}; 400; x.y
					negative count; {"year":2012,"format":"legacy","agencyName":"某局","metrics":{"review.total":{"value":-1}}}; 400; 不能为负
					wrong type; {"year":"twenty","format":"legacy","agencyName":"某局"}; 400; twenty
					malformed json; {"year":2012,; 400; JSON
					""")
	void badInputGetsAProblemNamingWhatToFix(String name, String body, int status, String mentioned) throws Exception {
		String reporter = tokens.reporter("110000", "110000-bad-input");
		this.mvc
			.perform(post("/api/reports").header("Authorization", "Bearer " + reporter)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(status))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString(mentioned)));
		this.mvc.perform(get("/api/reports").header("Authorization", "Bearer " + reporter))
			.andExpect(jsonPath("$.total").value(0));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "wrong signature", "wrong issuer", "wrong audience", "expired", "no token" })
	void tokensThatFailVerificationAreRefusedWith401(String kind) throws Exception {
		String token = switch (kind) {
			case "wrong signature" -> tokens.signedByForeignKey("210000", "210000-own");
			case "wrong issuer" -> tokens.withIssuer("http://127.0.0.1:1/realms/other", "210000", "210000-own");
			case "wrong audience" -> tokens.withAudience("someone-else", "210000", "210000-own");
			case "expired" -> tokens.expired("210000", "210000-own");
			default -> null;
		};
		var request = get("/api/reports");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		this.mvc.perform(request)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/unauthenticated"));
	}

	private ResultActions create(String token, int year, String format) throws Exception {
		return this.mvc.perform(post("/api/reports").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year":%d,"format":"%s","agencyName":"测试局","publishedOn":"2012-03-23",
					 "metrics":{"proactive.total":{"value":6000,"qualifier":"at_least"},
					            "requests.received":{"value":2}}}
					""".formatted(year, format)));
	}

	private static String idOf(ResultActions created) throws Exception {
		return created.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location")
			.replace("/api/reports/", "");
	}

	private List<String> reportAgencies(String database) {
		List<String> agencies = new ArrayList<>();
		this.client.getDatabase(database)
			.getCollection("reports")
			.find()
			.forEach((document) -> agencies.add(document.getString("agencyId")));
		return agencies;
	}

}
