package io.gongkai.report.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.gongkai.report.ReportServiceTest;
import io.gongkai.report.template.MetricCatalogue;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import of whole reports in {@code gongkai.report/v1}, and its schema.
 */
class ExchangeApiTest extends ReportServiceTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anExportCarriesTheWholeReportWithItsStatusAndVersions() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String reporter = tokens.reporter("510000", "510100-export");
		ObjectNode original = ExchangeFixtures.complete2021("510100-export");
		String id = api.createReport(reporter, original);
		api.post(reporter, "/api/reports/" + id + "/submit", "application/json", "{}");
		MockHttpServletResponse response = api.get(tokens.coordinator("510000"), "/api/reports/" + id + "/export");
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode export = ExchangeFixtures.json(response);
		assertThat(export.get("schemaVersion").asString()).isEqualTo("gongkai.report/v1");
		assertThat(export.get("id").asString()).isEqualTo(id);
		assertThat(export.get("provinceCode").asString()).isEqualTo("510000");
		assertThat(export.get("agency").get("id").asString()).isEqualTo("510100-export");
		assertThat(export.get("agency").get("name").asString()).isEqualTo("某市人力资源和社会保障局");
		assertThat(export.get("year").asInt()).isEqualTo(2021);
		assertThat(export.get("format").asString()).isEqualTo("template2021");
		assertThat(export.get("kind").asString()).isEqualTo("department");
		assertThat(export.get("scope").asString()).isEqualTo("own");
		assertThat(export.get("sections")).isEqualTo(original.get("sections"));
		assertThat(export.get("cells")).isEqualTo(original.get("cells"));
		assertThat(export.get("status").asString()).isEqualTo("submitted");
		assertThat(export.get("version").asInt()).isEqualTo(1);
		assertThat(export.get("versions").get(0).get("status").asString()).isEqualTo("submitted");
		assertThat(export.get("versions").get(0).has("submittedAt")).isTrue();
		assertThat(export.has("metrics")).isFalse();
		assertThat(export.has("narrative")).isFalse();
	}

	@Test
	void anExportedReportImportsUnchangedAsAnotherProvincesDraft() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String reporter = tokens.reporter("510000", "510100-travel");
		String id = api.createReport(reporter, ExchangeFixtures.complete2021("510100-travel"));
		JsonNode export = ExchangeFixtures.json(api.get(reporter, "/api/reports/" + id + "/export"));
		String elsewhere = tokens.reporter("520000", "510100-travel");
		MockHttpServletResponse created = api.importDocument(elsewhere, export);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		assertThat(created.getHeader("Location")).startsWith("/api/reports/");
		assertThat(created.getHeader("ETag")).isNotBlank();
		JsonNode report = ExchangeFixtures.json(created);
		assertThat(report.get("status").asString()).isEqualTo("draft");
		assertThat(report.get("provinceCode").asString()).isEqualTo("520000");
		assertThat(report.has("findings")).isTrue();
		JsonNode again = ExchangeFixtures
			.json(api.get(elsewhere, "/api/reports/" + report.get("id").asString() + "/export"));
		for (String field : List.of("agency", "year", "format", "kind", "scope", "sections", "cells")) {
			assertThat(again.get(field)).as(field).isEqualTo(export.get(field));
		}
		JsonNode audit = ExchangeFixtures
			.json(api.get(elsewhere, "/api/reports/" + report.get("id").asString() + "/audit"));
		assertThat(audit.get("entries").get(0).get("note").asString()).contains("gongkai.report/v1");
	}

	@Test
	void aLegacyReportTravelsWithItsNarrativeAndQualifiedFigures() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		ObjectNode legacy = ExchangeFixtures.JSON.createObjectNode();
		legacy.put("schemaVersion", "gongkai.report/v1");
		legacy.putObject("agency").put("name", "某县民政局");
		legacy.put("year", 2012);
		legacy.put("format", "legacy");
		legacy.put("narrative", "2012年主动公开信息6000余条。");
		legacy.putObject("metrics").putObject("proactive.total").put("value", 6000).put("qualifier", "at_least");
		String reporter = tokens.reporter("510000", "510100-legacy");
		MockHttpServletResponse created = api.importDocument(reporter, legacy);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		JsonNode export = ExchangeFixtures
			.json(api.get(reporter, "/api/reports/" + ExchangeFixtures.json(created).get("id").asString() + "/export"));
		assertThat(export.get("narrative").asString()).isEqualTo("2012年主动公开信息6000余条。");
		assertThat(export.get("metrics").get("proactive.total").get("qualifier").asString()).isEqualTo("at_least");
		assertThat(export.has("cells")).isFalse();
	}

	@Test
	void anUnknownSchemaVersionIsRefusedWith422NamingItAndNothingIsStored() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String reporter = tokens.reporter("510000", "510100-v2");
		ObjectNode document = ExchangeFixtures.complete2021(null);
		document.put("schemaVersion", "gongkai.report/v2");
		document.put("someV2Field", true);
		MockHttpServletResponse response = api.importDocument(reporter, document);
		assertThat(response.getStatus()).isEqualTo(422);
		JsonNode problem = ExchangeFixtures.json(response);
		assertThat(problem.get("type").asString()).isEqualTo("https://gongkai.io/problems/unsupported-schema-version");
		assertThat(problem.get("detail").asString()).contains("gongkai.report/v2");
		assertThat(problem.get("schemaVersion").asString()).isEqualTo("gongkai.report/v2");
		assertThat(ExchangeFixtures.json(api.get(reporter, "/api/reports")).get("total").asInt()).isZero();
	}

	@Test
	void anImportIsCheckedLikeACreateAndNothingIsStoredWhenRefused() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String reporter = tokens.reporter("510000", "510100-checked");
		List<String> failures = new ArrayList<>();
		refused(api, reporter, (d) -> ((ObjectNode) d.get("agency")).remove("name"), 400, "invalid-request",
				"agency.name", failures);
		refused(api, reporter, (d) -> d.remove("schemaVersion"), 400, "invalid-request", "schemaVersion", failures);
		refused(api, reporter, (d) -> ((ObjectNode) d.get("cells")).put("t3.nonsense.total", 1), 400, "unknown-cell",
				"cells.t3.nonsense.total", failures);
		refused(api, reporter, (d) -> ((ObjectNode) d.get("cells")).put("t3.new_received.total", -1), 400,
				"negative-count", "cells.t3.new_received.total", failures);
		refused(api, reporter, (d) -> d.put("year", 2018), 422, "format-does-not-fit-year", "format", failures);
		refused(api, reporter, (d) -> d.put("year", 2031), 400, "invalid-year", "year", failures);
		refused(api, reporter, (d) -> d.put("format", "template2030"), 400, "invalid-format", "format", failures);
		refused(api, reporter, (d) -> d.set("cels", d.remove("cells")), 400, "malformed-body", "cels", failures);
		refused(api, reporter, (d) -> d.put("kind", "ministry"), 400, "malformed-body", "kind", failures);
		refused(api, reporter, (d) -> d.put("narrative", "不属于模板格式"), 400, "field-not-in-format", "narrative", failures);
		refused(api, reporter, (d) -> ((ObjectNode) d.get("agency")).put("id", "510100-someone-else"), 422,
				"agency-mismatch", "agency.id", failures);
		assertThat(failures).isEmpty();
		assertThat(ExchangeFixtures.json(api.get(reporter, "/api/reports")).get("total").asInt()).isZero();
	}

	@Test
	void aSecondImportOnTheSameYearIsRefusedAsAnExistingReport() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String reporter = tokens.reporter("510000", "510100-twice");
		assertThat(api.importDocument(reporter, ExchangeFixtures.complete2021("510100-twice")).getStatus())
			.isEqualTo(201);
		MockHttpServletResponse second = api.importDocument(reporter, ExchangeFixtures.complete2021(null));
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString()).contains("report-exists");
	}

	@Test
	void theSchemaIsServedAndDeclaresEveryFieldAnExportWrites() throws Exception {
		ExchangeFixtures api = new ExchangeFixtures(this.mvc);
		String reporter = tokens.reporter("510000", "510100-schema");
		MockHttpServletResponse response = api.get(reporter, "/api/reports/exchange/schema");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/schema+json");
		JsonNode schema = ExchangeFixtures.json(response);
		assertThat(schema.get("$schema").asString()).contains("2020-12");
		assertThat(schema.get("properties").get("schemaVersion").get("const").asString())
			.isEqualTo("gongkai.report/v1");
		String id = api.createReport(reporter, ExchangeFixtures.complete2021(null));
		JsonNode export = ExchangeFixtures.json(api.get(reporter, "/api/reports/" + id + "/export"));
		Set<String> declared = new HashSet<>(schema.get("properties").propertyNames());
		assertThat(declared).containsAll(export.propertyNames());
		for (JsonNode required : schema.get("required")) {
			assertThat(export.has(required.asString())).as(required.asString()).isTrue();
		}
		Set<String> metrics = new HashSet<>();
		schema.at("/properties/metrics/propertyNames/enum").forEach((name) -> metrics.add(name.asString()));
		assertThat(metrics).isEqualTo(MetricCatalogue.national().ids());
		String cellPattern = schema.at("/properties/cells/propertyNames/pattern").asString();
		for (TemplateFormat format : List.of(TemplateFormat.TEMPLATE_2019, TemplateFormat.TEMPLATE_2021)) {
			assertThat(ReportTemplate.national().format(format).cells().keySet())
				.allMatch((cell) -> cell.matches(cellPattern));
		}
	}

	private static void refused(ExchangeFixtures api, String reporter, Consumer<ObjectNode> change, int status,
			String type, String field, List<String> failures) throws Exception {
		ObjectNode document = ExchangeFixtures.complete2021(null);
		change.accept(document);
		MockHttpServletResponse response = api.importDocument(reporter, document);
		JsonNode problem = ExchangeFixtures.json(response);
		String foundField = problem.has("field") ? problem.get("field").asString()
				: problem.path("errors").path(0).path("field").asString("");
		if (response.getStatus() != status || !problem.path("type").asString("").endsWith("/" + type)
				|| !foundField.equals(field)) {
			failures.add("expected " + status + " " + type + " at " + field + ", got " + response.getStatus() + " "
					+ response.getContentAsString());
		}
	}

}
