package io.gongkai.report.template;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.report.template.MetricCatalogue.CatalogueMetric;
import io.gongkai.report.template.MetricCatalogue.CatalogueRate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue as {@code template/metrics.json} ships it: the legacy catalogue a legacy
 * report's figures are checked against, and beside it the figures only the template's
 * tables state, which the glossary explains and reads but a legacy report may not hold.
 */
class MetricCatalogueTest {

	private final MetricCatalogue catalogue = MetricCatalogue.national();

	private final ReportTemplate template = ReportTemplate.national();

	@Test
	void aFigureOnlyTheTemplateStatesIsFoundButIsNoMetricOfALegacyReport() {
		assertThat(this.catalogue.templateFigures()).extracting(CatalogueMetric::id)
			.contains("requests.carried_over", "requests.unable", "requests.denied.state_secret", "review.closed",
					"proactive.fees_10k_yuan")
			.doesNotContainAnyElementsOf(this.catalogue.ids());
		assertThat(this.catalogue.ids()).hasSize(17);
		assertThat(this.catalogue.contains("requests.carried_over")).isFalse();
		assertThat(this.catalogue.figure("requests.carried_over")).get()
			.extracting(CatalogueMetric::comparability)
			.isEqualTo("template_only");
		assertThat(this.catalogue.figure("requests.received")).get()
			.isEqualTo(this.catalogue.metric("requests.received").orElseThrow());
		assertThat(this.catalogue.figure("requests.invented")).isEmpty();
	}

	@Test
	void everyFigureOnlyTheTemplateStatesIsMadeOfCellsOfATemplateVersionAndSaysWhatItCounts() {
		for (CatalogueMetric figure : this.catalogue.templateFigures()) {
			assertThat(figure.label()).as(figure.id() + ": no legacy phrase").isNull();
			assertThat(figure.counts().zh()).as(figure.id()).isNotBlank();
			assertThat(figure.counts().en()).as(figure.id()).isNotBlank();
			for (String cell : figure.template()) {
				assertThat(this.template.cell(TemplateFormat.TEMPLATE_2019, cell)
					.or(() -> this.template.cell(TemplateFormat.TEMPLATE_2021, cell)))
					.as(figure.id() + " " + cell + " is a cell of the 2019 or the 2021 tables")
					.isPresent();
			}
		}
	}

	@Test
	void everyRateRelatesFiguresOfTheCatalogueOfEitherKind() {
		List<String> templateOnlyParts = new ArrayList<>();
		for (CatalogueRate rate : this.catalogue.rates()) {
			List<String> parts = new ArrayList<>(rate.numerator());
			parts.addAll(rate.denominator());
			for (String part : parts) {
				CatalogueMetric figure = this.catalogue.figure(part).orElse(null);
				assertThat(figure).as(rate.id() + " relates " + part).isNotNull();
				if (!this.catalogue.contains(part)) {
					templateOnlyParts.add(part);
				}
			}
			if (parts.stream().anyMatch((part) -> !this.catalogue.contains(part))) {
				assertThat(rate.comparability()).as(rate.id() + " has a part legacy reports do not state")
					.isEqualTo("template_only");
			}
		}
		assertThat(templateOnlyParts).contains("requests.carried_over", "review.closed");
	}

}
