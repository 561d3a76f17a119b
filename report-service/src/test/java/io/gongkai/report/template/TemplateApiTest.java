package io.gongkai.report.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.report.ReportServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The template served as data: sections, tables with rows, columns and cells as the
 * template module reads them, and which cells are totals of which.
 */
class TemplateApiTest extends ReportServiceTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Test
	void theTemplateOf2021HasItsSectionsAndEveryCellOfItsTables() throws Exception {
		JsonNode template = body(
				read(tokens.reporter("620000", "620100-template"), "template2021").andExpect(status().isOk()));

		assertThat(template.get("format").asString()).isEqualTo("template2021");
		assertThat(template.get("sections").findValuesAsString("id")).containsExactly("s1", "s2", "s3", "s4", "s5",
				"s6");
		assertThat(template.at("/sections/2/table").asString()).isEqualTo("T3");
		assertThat(template.at("/sections/0/table").isNull()).isTrue();
		assertThat(template.get("tables").findValuesAsString("section")).containsExactly("s2", "s3", "s4");
		Map<String, JsonNode> cells = cells(template);
		assertThat(cells.keySet())
			.isEqualTo(ReportTemplate.national().format(TemplateFormat.TEMPLATE_2021).cells().keySet());
		JsonNode total = cells.get("t3.new_received.total");
		assertThat(total.get("rowId").asString()).isEqualTo("new_received");
		assertThat(total.get("columnId").asString()).isEqualTo("total");
		assertThat(total.get("label").asString()).isEqualTo("T3「本年新收政府信息公开申请数量」行「总计」列");
		assertThat(total.get("unit").asString()).isEqualTo("件");
		assertThat(cells.get("t2.art20_8.fees.amount_10k_yuan").get("unit").asString()).isEqualTo("万元");
	}

	@Test
	void rowsAndColumnsComeInPrintedOrderWithTheirGroups() throws Exception {
		JsonNode t3 = table(body(read(tokens.coordinator("620000"), "template2021")), "T3");

		JsonNode denied = find(t3.get("rows"), "results.denied");
		assertThat(denied.get("holdsCells").asBoolean()).isFalse();
		assertThat(denied.get("parentId").asString()).isEqualTo("results");
		assertThat(t3.get("rows").findValuesAsString("id")).startsWith("new_received", "carried_over", "results")
			.endsWith("results.total", "carried_forward");
		assertThat(find(t3.get("columns"), "legal_person.commercial").get("parentId").asString())
			.isEqualTo("legal_person");
	}

	@Test
	void totalsNameTheCellsTheySum() throws Exception {
		JsonNode template = body(read(tokens.analyst(), "template2021"));
		Map<String, List<List<String>>> t3 = totals(table(template, "T3"));
		Map<String, List<List<String>>> t4 = totals(table(template, "T4"));

		assertThat(t3.get("t3.new_received.total"))
			.containsExactly(List.of("t3.new_received.natural_person", "t3.new_received.legal_person.commercial",
					"t3.new_received.legal_person.research", "t3.new_received.legal_person.social_welfare",
					"t3.new_received.legal_person.legal_service", "t3.new_received.legal_person.other"));
		List<String> outcomes = t3.get("t3.results.total.natural_person").get(0);
		assertThat(outcomes).startsWith("t3.results.granted.natural_person", "t3.results.partial.natural_person")
			.contains("t3.results.denied.state_secret.natural_person", "t3.results.other.other.natural_person")
			.doesNotContain("t3.results.total.natural_person", "t3.carried_forward.natural_person")
			.hasSize(21);
		assertThat(t3.get("t3.results.total.total")).as("a row total and a column total").hasSize(2);
		assertThat(t3).doesNotContainKey("t3.carried_over.natural_person");
		assertThat(t4.get("t4.review.total")).containsExactly(
				List.of("t4.review.maintained", "t4.review.corrected", "t4.review.other", "t4.review.pending"));
		assertThat(t4.get("t4.litigation.after_review.total").get(0)).hasSize(4)
			.allMatch((cell) -> cell.startsWith("t4.litigation.after_review."));
		assertThat(totals(table(template, "T2"))).isEmpty();
	}

	@Test
	void theTemplateOf2019HasItsOwnRowsAndColumns() throws Exception {
		JsonNode template = body(
				read(tokens.reporter("460000", "460100-template"), "template2019").andExpect(status().isOk()));

		Map<String, JsonNode> cells = cells(template);
		assertThat(cells.keySet())
			.isEqualTo(ReportTemplate.national().format(TemplateFormat.TEMPLATE_2019).cells().keySet());
		assertThat(cells.get("t2.art20_5.licensing.delta").get("signed").asBoolean()).isTrue();
		assertThat(cells.get("t2.art20_9.procurement.amount").get("unit").isNull())
			.as("the template prints no unit for the amount")
			.isTrue();
		assertThat(totals(table(template, "T3")).get("t3.results.total.natural_person").get(0))
			.contains("t3.results.other.natural_person")
			.hasSize(19);
	}

	@Test
	void theCatalogueFiguresAreServedInPrintedOrderWithNamesInBothLanguagesAndTheirUnits() throws Exception {
		JsonNode catalogue = body(
				read(tokens.reporter("620000", "620100-template"), "metrics").andExpect(status().isOk())
					.andExpect(jsonPath("$.qualifiers").value(contains("exact", "at_least", "approx"))));

		JsonNode metrics = catalogue.get("metrics");
		assertThat(metrics.findValuesAsString("id")).hasSize(17)
			.startsWith("proactive.total", "proactive.website", "requests.received")
			.endsWith("consultations.total", "website.visits")
			.containsExactlyElementsOf(MetricCatalogue.national().ids());
		JsonNode website = find(metrics, "proactive.website");
		assertThat(website.at("/label/zh").asString()).isEqualTo("其中：通过门户网站公开");
		assertThat(website.at("/name/zh").asString()).isEqualTo("通过门户网站主动公开信息数");
		assertThat(website.get("unit").asString()).isEqualTo("条");
		JsonNode visits = find(metrics, "website.visits");
		assertThat(visits.at("/name/en").asString()).isEqualTo("Portal website visits");
		assertThat(visits.get("unit").asString()).isEqualTo("次");
		assertThat(find(metrics, "fees.collected_yuan").get("unit").asString()).isEqualTo("元");
		for (JsonNode metric : metrics) {
			for (String text : List.of("/name/zh", "/name/en", "/label/zh", "/label/en", "/counts/zh", "/counts/en",
					"/unit")) {
				assertThat(metric.at(text).asString()).as(metric.get("id").asString() + text).isNotBlank();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "legacy", "template2020", "T3" })
	void aFormatWithoutTemplateIsAProblem(String format) throws Exception {
		read(tokens.reporter("620000", "620100-template"), format).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://gongkai.io/problems/template-not-found"))
			.andExpect(jsonPath("$.instance").value("/api/reports/templates/" + format))
			.andExpect(jsonPath("$.field").value("format"));
	}

	@Test
	void onlySignedInCallersReadIt() throws Exception {
		this.mvc.perform(get("/api/reports/templates/template2021")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/reports/templates/metrics")).andExpect(status().isUnauthorized());
		read(tokens.admin(), "template2021").andExpect(status().isOk());
	}

	private ResultActions read(String token, String format) throws Exception {
		return this.mvc
			.perform(get("/api/reports/templates/" + format).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static JsonNode body(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static JsonNode table(JsonNode template, String id) {
		return find(template.get("tables"), id);
	}

	private static JsonNode find(JsonNode array, String id) {
		for (JsonNode item : array) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		throw new AssertionError("No " + id + " in " + array);
	}

	private static Map<String, JsonNode> cells(JsonNode template) {
		Map<String, JsonNode> cells = new HashMap<>();
		template.get("tables").forEach((table) -> table.get("cells").forEach((cell) -> {
			assertThat(cells.put(cell.get("id").asString(), cell)).as(cell.get("id").asString()).isNull();
		}));
		return cells;
	}

	/**
	 * Total cell to the lists of cells it sums (a cell can be a row total and a column
	 * total).
	 */
	private static Map<String, List<List<String>>> totals(JsonNode table) {
		Map<String, List<List<String>>> totals = new HashMap<>();
		for (JsonNode total : table.get("totals")) {
			List<String> parts = new ArrayList<>();
			total.get("parts").forEach((part) -> parts.add(part.asString()));
			totals.computeIfAbsent(total.get("cellId").asString(), (cell) -> new ArrayList<>()).add(parts);
		}
		return totals;
	}

}
