package io.gongkai.analytics.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template cells analytics sums (such as
 * {@code t3.results.denied.state_secret.total}) are cells of report-service's national
 * template ({@code template/template.json}, read from report-service's sources): a new
 * template version is a data change there plus the figures that use it here, and a cell
 * renamed there fails here.
 */
class TemplateCellsContractTest {

	private static final Path TEMPLATE = Path.of("..", "report-service", "src", "main", "resources", "template",
			"template.json");

	@Test
	void everyCellAFigureSumsIsACellOfTheTemplate() throws Exception {
		Set<String> cells = templateCells();
		List<Figure> figures = new FigureCatalogue().figures();

		assertThat(cells).contains("t3.new_received.total", "t4.review.total", "t2.art20_1.rules.made");
		for (Figure figure : figures) {
			assertThat(figure.templateCells()).as(figure.id()).allMatch(cells::contains);
		}
		assertThat(figures.stream().flatMap((figure) -> figure.templateCells().stream()))
			.as("the denial reasons of T3 are all summed")
			.containsAll(cells.stream()
				.filter((cell) -> cell.startsWith("t3.results.denied.") && cell.endsWith(".total"))
				.toList());
	}

	/**
	 * Every cell of either format: T2 rows by their columns, T3 rows that hold cells by
	 * the columns that hold figures, T4 by its columns.
	 */
	private static Set<String> templateCells() throws Exception {
		JsonNode template = JsonMapper.shared().readTree(Files.readString(TEMPLATE));
		Set<String> cells = new HashSet<>();
		for (String t2 : List.of("t2_2021", "t2_2019_trial")) {
			for (JsonNode row : template.get(t2)) {
				for (JsonNode column : row.get("columns")) {
					cells.add("t2." + row.get("row_id").asString() + "." + column.get(0).asString());
				}
			}
		}
		Set<String> parents = new HashSet<>();
		template.at("/t3/columns").forEach((column) -> {
			if (!column.get("parent").isNull()) {
				parents.add(column.get("parent").asString());
			}
		});
		for (JsonNode row : template.at("/t3/rows")) {
			if (row.get("kind").asString().contains("cell")) {
				for (JsonNode column : template.at("/t3/columns")) {
					if (!parents.contains(column.get("id").asString())) {
						cells.add("t3." + row.get("id").asString() + "." + column.get("id").asString());
					}
				}
			}
		}
		template.at("/t4/columns").forEach((column) -> cells.add("t4." + column.get("id").asString()));
		return cells;
	}

}
