package io.gongkai.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue figures ("metrics"): what a legacy report (2008–2018) gives instead of
 * the template's tables, and what the text import reads from any published report; beside
 * them the figures only the template's tables state ("templateFigures", never a legacy
 * report's metric), and the rates and figures per capita computed from figures of either
 * kind. Read once from {@code template/metrics.json}, beside the template, the one place
 * that names them; the templates API serves it to the pages. Immutable and safe to share.
 */
public final class MetricCatalogue {

	/**
	 * How exactly a figure may be stated: {@code 6000} is exact, {@code 6000余} at least
	 * 6000, {@code 约6000} about 6000; as the pattern the requests are checked against.
	 */
	public static final String QUALIFIER_PATTERN = "exact|at_least|approx";

	private static final List<String> QUALIFIERS = List.of(QUALIFIER_PATTERN.split("\\|"));

	private static final String RESOURCE = "/template/metrics.json";

	private static final String TEMPLATE_ONLY = "template_only";

	private final Map<String, CatalogueMetric> metrics;

	private final Map<String, CatalogueMetric> templateFigures;

	private final List<CatalogueRate> rates;

	private final List<CataloguePerCapita> perCapita;

	private MetricCatalogue(Document document) {
		Map<String, CatalogueMetric> byId = new LinkedHashMap<>();
		for (CatalogueMetric metric : document.metrics()) {
			if (byId.put(metric.id(), metric) != null) {
				throw new IllegalStateException(RESOURCE + " names " + metric.id() + " twice");
			}
		}
		this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
		Map<String, CatalogueMetric> templateOnly = new LinkedHashMap<>();
		for (CatalogueMetric figure : document.templateFigures()) {
			if (byId.put(figure.id(), figure) != null) {
				throw new IllegalStateException(RESOURCE + " names " + figure.id() + " twice");
			}
			if (figure.template().isEmpty() || !TEMPLATE_ONLY.equals(figure.comparability())) {
				throw new IllegalStateException(
						RESOURCE + ": " + figure.id() + " is a template figure without its cells or comparability");
			}
			templateOnly.put(figure.id(), figure);
		}
		this.templateFigures = Collections.unmodifiableMap(templateOnly);
		for (CatalogueRate rate : document.rates()) {
			if (!byId.keySet().containsAll(rate.numerator()) || !byId.keySet().containsAll(rate.denominator())) {
				throw new IllegalStateException(RESOURCE + ": " + rate.id() + " relates figures it does not name");
			}
		}
		this.rates = List.copyOf(document.rates());
		for (CataloguePerCapita figure : document.perCapita()) {
			if (!byId.keySet().containsAll(figure.numerator())) {
				throw new IllegalStateException(RESOURCE + ": " + figure.id() + " relates figures it does not name");
			}
		}
		this.perCapita = List.copyOf(document.perCapita());
	}

	/**
	 * The catalogue shipped with the service, read on first use.
	 * @return the catalogue
	 */
	public static MetricCatalogue national() {
		return National.CATALOGUE;
	}

	/**
	 * Every figure of the legacy catalogue, in printed order: what a legacy report's
	 * {@code metrics} may hold.
	 */
	public List<CatalogueMetric> metrics() {
		return List.copyOf(this.metrics.values());
	}

	/**
	 * The figures only the template's tables state (2019 on), in the tables' order: never
	 * a legacy report's metric, each with the cells summed to give it.
	 */
	public List<CatalogueMetric> templateFigures() {
		return List.copyOf(this.templateFigures.values());
	}

	/**
	 * A counted figure of either kind, a legacy catalogue figure or one only the template
	 * states: what the glossary explains and reads from a report.
	 */
	public Optional<CatalogueMetric> figure(String id) {
		CatalogueMetric metric = this.metrics.get(id);
		return Optional.ofNullable((metric != null) ? metric : this.templateFigures.get(id));
	}

	/** The rates computed from the figures: what a reader compares agencies by. */
	public List<CatalogueRate> rates() {
		return this.rates;
	}

	/**
	 * The figures per 10,000 inhabitants: a province's sum of figures over its resident
	 * population, compared by province only (analytics computes them, as its catalogue
	 * says under the same id).
	 */
	public List<CataloguePerCapita> perCapita() {
		return this.perCapita;
	}

	/** The ids of every figure of the legacy catalogue, in printed order. */
	public Set<String> ids() {
		return this.metrics.keySet();
	}

	/**
	 * Whether an id names a figure of the legacy catalogue (a template-only figure is not
	 * one a legacy report may state).
	 */
	public boolean contains(String id) {
		return this.metrics.containsKey(id);
	}

	public Optional<CatalogueMetric> metric(String id) {
		return Optional.ofNullable(this.metrics.get(id));
	}

	/** How exactly a figure may be stated: {@code 6000余条} is at least 6000. */
	public List<String> qualifiers() {
		return QUALIFIERS;
	}

	/**
	 * One figure of the catalogue.
	 *
	 * @param id the key of a report's {@code metrics} ({@code proactive.total})
	 * @param name the figure on its own, as a column or a chart names it
	 * ({@code 主动公开政府信息数})
	 * @param label the figure as a legacy report lists it, under the figure it is part of
	 * ({@code 其中：通过门户网站公开}); {@code null} for a figure only the template states
	 * @param unit the unit it is counted in ({@code 条}, {@code 件}, {@code 元})
	 * @param counts what it counts, in one sentence
	 * @param template the cells of the template's tables (2019 on) summed to give the
	 * same figure, empty when template reports do not state it
	 * @param comparability whether a legacy report's figure and a template report's
	 * figure may be put side by side: {@code comparable}, {@code not_comparable} (see the
	 * note), {@code legacy_only} or {@code template_only}
	 * @param note what to keep in mind when comparing, or {@code null}
	 */
	public record CatalogueMetric(String id, Wording name, Wording label, String unit, Wording counts,
			List<String> template, String comparability, Wording note) {

		public CatalogueMetric {
			template = (template != null) ? List.copyOf(template) : List.of();
		}

	}

	/**
	 * A rate of the catalogue: a percentage of sums of figures; a group's rate is the
	 * ratio of its sums over the reports that state both.
	 *
	 * @param id e.g. {@code rate.disclosure}
	 * @param name its name
	 * @param unit {@code %}
	 * @param counts what it measures, in one sentence
	 * @param numerator the figures summed above the line
	 * @param denominator the figures summed below the line
	 * @param comparability as for a figure
	 * @param note what to keep in mind when comparing, or {@code null}
	 */
	public record CatalogueRate(String id, Wording name, String unit, Wording counts, List<String> numerator,
			List<String> denominator, String comparability, Wording note) {

		public CatalogueRate {
			numerator = List.copyOf(numerator);
			denominator = List.copyOf(denominator);
		}

	}

	/**
	 * A figure per 10,000 inhabitants of a province: the sum of figures of the province's
	 * own reports over its resident population, times 10,000.
	 *
	 * @param id e.g. {@code rate.requests_per_10k}, as analytics names it
	 * @param name its name
	 * @param unit {@code 件/万人}
	 * @param counts what it measures, for a province and for the nation
	 * @param numerator the figures summed above the line
	 * @param population which population it is divided by: held where, of which year,
	 * from which source
	 * @param comparability as for a figure
	 * @param note what to keep in mind when comparing: by province only
	 */
	public record CataloguePerCapita(String id, Wording name, String unit, Wording counts, List<String> numerator,
			Wording population, String comparability, Wording note) {

		public CataloguePerCapita {
			numerator = List.copyOf(numerator);
		}

	}

	/** A text in Chinese and in English. */
	public record Wording(String zh, String en) {

	}

	private record Document(String source, List<CatalogueMetric> metrics, List<CatalogueMetric> templateFigures,
			List<CatalogueRate> rates, List<CataloguePerCapita> perCapita) {

		Document {
			templateFigures = (templateFigures != null) ? templateFigures : List.of();
			rates = (rates != null) ? rates : List.of();
			perCapita = (perCapita != null) ? perCapita : List.of();
		}

	}

	private static final class National {

		private static final MetricCatalogue CATALOGUE = load();

		private static MetricCatalogue load() {
			try (InputStream json = MetricCatalogue.class.getResourceAsStream(RESOURCE)) {
				if (json == null) {
					throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
				}
				return new MetricCatalogue(JsonMapper.shared().readValue(json, Document.class));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
