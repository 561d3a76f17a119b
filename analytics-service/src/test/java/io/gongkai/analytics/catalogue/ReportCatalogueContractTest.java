package io.gongkai.analytics.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics' view of the legacy catalogue held to the one report-service serves
 * ({@code template/metrics.json}, read from report-service's sources): every figure of it
 * is compared under its id and in its unit, a figure only legacy reports give is named as
 * the catalogue names it, and a figure per capita is the one the public glossary
 * explains, with the glossary's names, unit, parts, comparability and note.
 */
class ReportCatalogueContractTest {

	private static final Path CATALOGUE = Path.of("..", "report-service", "src", "main", "resources", "template",
			"metrics.json");

	private final List<Figure> figures = new FigureCatalogue().figures();

	@Test
	void everyCatalogueFigureIsComparedInItsUnit() throws Exception {
		Map<String, JsonNode> catalogue = catalogue();
		Map<String, Figure> byLegacyId = new LinkedHashMap<>();
		this.figures.stream()
			.filter((figure) -> figure.legacyMetric() != null)
			.forEach((figure) -> byLegacyId.put(figure.legacyMetric(), figure));

		assertThat(byLegacyId.keySet()).containsExactlyInAnyOrderElementsOf(catalogue.keySet());
		byLegacyId.forEach(
				(id, figure) -> assertThat(figure.unit()).as(id).isEqualTo(catalogue.get(id).get("unit").asString()));
	}

	@Test
	void aFigureOnlyLegacyReportsGiveHasTheCataloguesNames() throws Exception {
		Map<String, JsonNode> catalogue = catalogue();
		List<Figure> legacyOnly = this.figures.stream()
			.filter((figure) -> figure.comparability() == Comparability.legacy_only)
			.toList();

		assertThat(legacyOnly).isNotEmpty();
		for (Figure figure : legacyOnly) {
			JsonNode entry = catalogue.get(figure.legacyMetric());
			assertThat(figure.id()).isEqualTo(figure.legacyMetric());
			assertThat(figure.name()).as(figure.id()).isEqualTo(entry.at("/name/zh").asString());
			assertThat(figure.nameEn()).as(figure.id()).isEqualTo(entry.at("/name/en").asString());
		}
	}

	@Test
	void everyCatalogueFigureIsReadFromTheTemplateCellsAndComparedAsTheCatalogueSays() throws Exception {
		Map<String, JsonNode> catalogue = catalogue();
		for (Figure figure : this.figures) {
			if (figure.legacyMetric() == null) {
				continue;
			}
			JsonNode entry = catalogue.get(figure.legacyMetric());
			List<String> cells = new java.util.ArrayList<>();
			entry.get("template").forEach((cell) -> cells.add(cell.asString()));
			assertThat(figure.templateCells()).as(figure.id()).containsExactlyElementsOf(cells);
			assertThat(figure.comparability().name()).as(figure.id()).isEqualTo(entry.get("comparability").asString());
		}
	}

	@Test
	void everyFigurePerCapitaIsTheOneThePublicGlossaryExplains() throws Exception {
		JsonNode document = JsonMapper.shared().readTree(Files.readString(CATALOGUE));
		Map<String, JsonNode> glossary = new LinkedHashMap<>();
		document.get("perCapita").forEach((entry) -> glossary.put(entry.get("id").asString(), entry));
		List<Figure> perCapita = this.figures.stream().filter(Figure::isPerCapita).toList();

		assertThat(perCapita).extracting(Figure::id).containsExactlyElementsOf(glossary.keySet());
		for (Figure figure : perCapita) {
			JsonNode entry = glossary.get(figure.id());
			assertThat(figure.name()).as(figure.id()).isEqualTo(entry.at("/name/zh").asString());
			assertThat(figure.nameEn()).as(figure.id()).isEqualTo(entry.at("/name/en").asString());
			assertThat(figure.unit()).as(figure.id()).isEqualTo(entry.get("unit").asString());
			List<String> numerator = new java.util.ArrayList<>();
			entry.get("numerator").forEach((id) -> numerator.add(id.asString()));
			assertThat(figure.numerator()).as(figure.id()).containsExactlyElementsOf(numerator);
			assertThat(figure.comparability().name()).as(figure.id()).isEqualTo(entry.get("comparability").asString());
			assertThat(figure.note()).as(figure.id()).isEqualTo(entry.at("/note/zh").asString());
			assertThat(figure.noteEn()).as(figure.id()).isEqualTo(entry.at("/note/en").asString());
		}
	}

	private static Map<String, JsonNode> catalogue() throws Exception {
		JsonNode document = JsonMapper.shared().readTree(Files.readString(CATALOGUE));
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		document.get("metrics").forEach((metric) -> byId.put(metric.get("id").asString(), metric));
		return byId;
	}

}
