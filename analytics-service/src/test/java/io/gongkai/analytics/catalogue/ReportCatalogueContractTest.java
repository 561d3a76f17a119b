package io.gongkai.analytics.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics' catalogue held to the one report-service serves
 * ({@code template/metrics.json}, read from report-service's sources), which the public
 * glossary explains: every figure and rate analytics offers is a glossary entry under the
 * same id, with the same names in both languages, unit, template cells (a rate: the
 * figures above and below its line), comparability and note; and the glossary explains
 * nothing analytics does not offer. A figure added to one and not the other, or changed
 * in one only, fails here.
 */
class ReportCatalogueContractTest {

	private static final Path CATALOGUE = Path.of("..", "report-service", "src", "main", "resources", "template",
			"metrics.json");

	private final List<Figure> figures = new FigureCatalogue().figures();

	@Test
	void everyFigureAnalyticsOffersIsExplainedByTheGlossaryAndNothingElse() throws Exception {
		assertThat(this.figures).extracting(Figure::id).containsExactlyInAnyOrderElementsOf(glossary().keySet());
	}

	@Test
	void everyFigureHasTheGlossarysNamesUnitComparabilityAndNote() throws Exception {
		Map<String, JsonNode> glossary = glossary();
		for (Figure figure : this.figures) {
			JsonNode entry = glossary.get(figure.id());
			assertThat(entry).as(figure.id()).isNotNull();
			assertThat(figure.name()).as(figure.id()).isEqualTo(entry.at("/name/zh").asString());
			assertThat(figure.nameEn()).as(figure.id()).isEqualTo(entry.at("/name/en").asString());
			assertThat(figure.unit()).as(figure.id()).isEqualTo(entry.get("unit").asString());
			assertThat(figure.comparability().name()).as(figure.id()).isEqualTo(entry.get("comparability").asString());
			assertThat(figure.note()).as(figure.id() + " note").isEqualTo(text(entry, "/note/zh"));
			assertThat(figure.noteEn()).as(figure.id() + " note").isEqualTo(text(entry, "/note/en"));
		}
	}

	@Test
	void everyCountedFigureIsReadFromTheGlossarysCellsAndALegacyReportsMetricOfItsId() throws Exception {
		Map<String, JsonNode> legacy = section("metrics");
		Map<String, JsonNode> templateOnly = section("templateFigures");
		List<Figure> counted = this.figures.stream().filter((figure) -> !figure.isComputed()).toList();
		assertThat(counted).isNotEmpty();
		for (Figure figure : counted) {
			JsonNode entry = legacy.containsKey(figure.id()) ? legacy.get(figure.id()) : templateOnly.get(figure.id());
			assertThat(entry).as(figure.id() + " is a counted figure of the glossary").isNotNull();
			assertThat(figure.templateCells()).as(figure.id()).containsExactlyElementsOf(ids(entry.get("template")));
			assertThat(figure.legacyMetric()).as("a legacy report's metric is read only for the legacy catalogue's")
				.isEqualTo(legacy.containsKey(figure.id()) ? figure.id() : null);
		}
	}

	@Test
	void everyRateAndFigurePerCapitaRelatesTheGlossarysFigures() throws Exception {
		Map<String, JsonNode> rates = section("rates");
		Map<String, JsonNode> perCapita = section("perCapita");
		for (Figure figure : this.figures) {
			if (figure.isRate()) {
				JsonNode entry = rates.get(figure.id());
				assertThat(entry).as(figure.id() + " is a rate of the glossary").isNotNull();
				assertThat(figure.numerator()).as(figure.id()).containsExactlyElementsOf(ids(entry.get("numerator")));
				assertThat(figure.denominator()).as(figure.id())
					.containsExactlyElementsOf(ids(entry.get("denominator")));
			}
			if (figure.isPerCapita()) {
				JsonNode entry = perCapita.get(figure.id());
				assertThat(entry).as(figure.id() + " is a figure per capita of the glossary").isNotNull();
				assertThat(figure.numerator()).as(figure.id()).containsExactlyElementsOf(ids(entry.get("numerator")));
			}
		}
	}

	/** Every entry of the glossary's catalogue, whatever its section, by id. */
	private static Map<String, JsonNode> glossary() throws Exception {
		Map<String, JsonNode> all = new LinkedHashMap<>();
		for (String section : List.of("metrics", "templateFigures", "rates", "perCapita")) {
			section(section).forEach((id, entry) -> assertThat(all.put(id, entry)).as(id + " named once").isNull());
		}
		return all;
	}

	private static Map<String, JsonNode> section(String name) throws Exception {
		JsonNode document = JsonMapper.shared().readTree(Files.readString(CATALOGUE));
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		document.get(name).forEach((entry) -> byId.put(entry.get("id").asString(), entry));
		return byId;
	}

	private static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		if (array != null) {
			array.forEach((id) -> ids.add(id.asString()));
		}
		return ids;
	}

	private static String text(JsonNode entry, String pointer) {
		JsonNode text = entry.at(pointer);
		return text.isMissingNode() || text.isNull() ? null : text.asString();
	}

}
