package io.gongkai.report.exchange;

import java.util.List;

import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's bulk upload of exchange documents, with limits lowered to 3 documents
 * and 64 KB so that they can be reached.
 */
@TestPropertySource(properties = { "gongkai.exchange.bulk.max-documents=3", "gongkai.exchange.bulk.max-size=64KB" })
class BulkUploadTest extends ReportServiceTest {

	static final String BULK = "/api/reports/exchange/bulk";

	@Autowired
	MockMvc mvc;

	@Test
	void eachDocumentOfAJsonArrayIsAnsweredCreatedExistingOrInvalid() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String coordinator = tokens.coordinator("610000");
		String existing = api.createReport(tokens.reporter("610000", "610100-exists"),
				ExchangeFixtures.complete2021(null));
		ObjectNode invalid = ExchangeFixtures.complete2021("610100-invalid");
		((ObjectNode) invalid.get("cells")).put("t3.nonsense.total", 1);
		String upload = List
			.of(ExchangeFixtures.complete2021("610100-new"), invalid, ExchangeFixtures.complete2021("610100-exists"))
			.toString();
		MockHttpServletResponse response = api.post(coordinator, BULK, "application/json", upload);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode answer = ExchangeFixtures.json(response);
		assertThat(answer.get("documents").asInt()).isEqualTo(3);
		assertThat(answer.get("created").asInt()).isEqualTo(1);
		assertThat(answer.get("exists").asInt()).isEqualTo(1);
		assertThat(answer.get("invalid").asInt()).isEqualTo(1);
		JsonNode results = answer.get("results");
		assertThat(results.get(0).get("outcome").asString()).isEqualTo("created");
		assertThat(results.get(0).get("agencyId").asString()).isEqualTo("610100-new");
		assertThat(results.get(1).get("outcome").asString()).isEqualTo("invalid");
		assertThat(results.get(1).get("problems").get(0).get("type").asString()).endsWith("/unknown-cell");
		assertThat(results.get(1).get("problems").get(0).get("cells").get(0).asString()).isEqualTo("t3.nonsense.total");
		assertThat(results.get(2).get("outcome").asString()).isEqualTo("exists");
		assertThat(results.get(2).get("reportId").asString()).isEqualTo(existing);
		String created = results.get(0).get("reportId").asString();
		JsonNode report = ExchangeFixtures.json(api.get(coordinator, "/api/reports/" + created));
		assertThat(report.get("agencyId").asString()).isEqualTo("610100-new");
		assertThat(report.get("status").asString()).isEqualTo("draft");
		assertThat(
				ExchangeFixtures.json(api.get(coordinator, "/api/reports?agency=610100-invalid")).get("total").asInt())
			.isZero();
		JsonNode audit = ExchangeFixtures.json(api.get(coordinator, "/api/reports/" + created + "/audit"));
		assertThat(audit.get("entries").get(0).get("role").asString()).isEqualTo("provincial-coordinator");
		assertThat(audit.get("entries").get(0).get("note").asString()).contains("bulk upload");
	}

	@Test
	void jsonLinesAreReadLineByLineAndALineThatIsNotJsonIsAnsweredForItself() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String coordinator = tokens.coordinator("610000");
		String upload = ExchangeFixtures.complete2021("610100-line1") + "\n{not json\n\n"
				+ ExchangeFixtures.complete2021("610100-line4") + "\n";
		MockHttpServletResponse response = api.post(coordinator, BULK, "application/x-ndjson", upload);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode results = ExchangeFixtures.json(response).get("results");
		assertThat(results).hasSize(3);
		assertThat(results.get(0).get("line").asInt()).isEqualTo(1);
		assertThat(results.get(0).get("outcome").asString()).isEqualTo("created");
		assertThat(results.get(1).get("line").asInt()).isEqualTo(2);
		assertThat(results.get(1).get("outcome").asString()).isEqualTo("invalid");
		assertThat(results.get(1).get("problems").get(0).get("type").asString()).endsWith("/malformed-body");
		assertThat(results.get(2).get("line").asInt()).isEqualTo(4);
		assertThat(results.get(2).get("outcome").asString()).isEqualTo("created");
	}

	@Test
	void sendingTheSameUploadAgainCreatesNothingNew() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String coordinator = tokens.coordinator("610000");
		String upload = List
			.of(ExchangeFixtures.complete2021("610100-again-a"), ExchangeFixtures.complete2021("610100-again-b"))
			.toString();
		JsonNode first = ExchangeFixtures.json(api.post(coordinator, BULK, "application/json", upload));
		JsonNode second = ExchangeFixtures.json(api.post(coordinator, BULK, "application/json", upload));
		assertThat(first.get("created").asInt()).isEqualTo(2);
		assertThat(second.get("created").asInt()).isZero();
		assertThat(second.get("exists").asInt()).isEqualTo(2);
		assertThat(second.get("results").get(1).get("reportId").asString())
			.isEqualTo(first.get("results").get(1).get("reportId").asString());
	}

	@Test
	void anAtomicUploadStoresNothingWhenOneDocumentIsInvalidAndEverythingWhenAllAreValid() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String coordinator = tokens.coordinator("610000");
		ObjectNode noAgency = ExchangeFixtures.complete2021(null);
		String refused = List.of(ExchangeFixtures.complete2021("610100-atomic-a"), noAgency).toString();
		MockHttpServletResponse response = api.post(coordinator, BULK + "?atomic=true", "application/json", refused);
		assertThat(response.getStatus()).isEqualTo(422);
		JsonNode problem = ExchangeFixtures.json(response);
		assertThat(problem.get("type").asString()).endsWith("/upload-refused");
		assertThat(problem.get("results").get(0).get("outcome").asString()).isEqualTo("not-created");
		assertThat(problem.get("results").get(1).get("outcome").asString()).isEqualTo("invalid");
		assertThat(problem.get("results").get(1).get("problems").get(0).get("errors").get(0).get("field").asString())
			.isEqualTo("agency.id");
		assertThat(
				ExchangeFixtures.json(api.get(coordinator, "/api/reports?agency=610100-atomic-a")).get("total").asInt())
			.isZero();
		String valid = List
			.of(ExchangeFixtures.complete2021("610100-atomic-a"), ExchangeFixtures.complete2021("610100-atomic-b"))
			.toString();
		JsonNode stored = ExchangeFixtures
			.json(api.post(coordinator, BULK + "?atomic=true", "application/json", valid));
		assertThat(stored.get("atomic").asBoolean()).isTrue();
		assertThat(stored.get("created").asInt()).isEqualTo(2);
	}

	@Test
	void theSameReportTwiceInOneUploadIsInvalidTheSecondTime() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String upload = List
			.of(ExchangeFixtures.complete2021("610100-dup"), ExchangeFixtures.complete2021("610100-dup"))
			.toString();
		JsonNode results = ExchangeFixtures
			.json(api.post(tokens.coordinator("610000"), BULK, "application/json", upload))
			.get("results");
		assertThat(results.get(0).get("outcome").asString()).isEqualTo("created");
		assertThat(results.get(1).get("outcome").asString()).isEqualTo("invalid");
		assertThat(results.get(1).get("problems").get(0).get("type").asString()).endsWith("/duplicate-in-upload");
		assertThat(results.get(1).get("problems").get(0).get("duplicateOf").asInt()).isZero();
	}

	@Test
	void uploadsOverTheLimitsAreRefusedWholeWithTheLimitStated() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String coordinator = tokens.coordinator("610000");
		ArrayNode four = ExchangeFixtures.JSON.createArrayNode();
		for (int i = 0; i < 4; i++) {
			four.add(ExchangeFixtures.complete2021("610100-many-" + i));
		}
		MockHttpServletResponse tooMany = api.post(coordinator, BULK, "application/json", four.toString());
		assertThat(tooMany.getStatus()).isEqualTo(413);
		assertThat(ExchangeFixtures.json(tooMany).get("type").asString()).endsWith("/too-many-documents");
		assertThat(ExchangeFixtures.json(tooMany).get("limit").asInt()).isEqualTo(3);
		ObjectNode large = ExchangeFixtures.complete2021("610100-large");
		large.put("originalText", "很".repeat(30_000));
		MockHttpServletResponse tooLarge = api.post(coordinator, BULK, "application/json", "[" + large + "]");
		assertThat(tooLarge.getStatus()).isEqualTo(413);
		assertThat(ExchangeFixtures.json(tooLarge).get("type").asString()).endsWith("/body-too-large");
		assertThat(ExchangeFixtures.json(tooLarge).get("limit").asLong()).isEqualTo(64 * 1024);
		assertThat(
				ExchangeFixtures.json(api.get(coordinator, "/api/reports?agency=610100-many-0")).get("total").asInt())
			.isZero();
		MockHttpServletResponse xml = api.post(coordinator, BULK, "application/xml", "<reports/>");
		assertThat(xml.getStatus()).isEqualTo(415);
		MockHttpServletResponse notArray = api.post(coordinator, BULK, "application/json", "{}");
		assertThat(notArray.getStatus()).isEqualTo(400);
	}

}
