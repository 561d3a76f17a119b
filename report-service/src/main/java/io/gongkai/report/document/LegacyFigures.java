package io.gongkai.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongkai.report.document.PrintedDocument.Grid;
import io.gongkai.report.document.PrintedDocument.GridCell;
import io.gongkai.report.report.Metric;
import io.gongkai.report.template.MetricCatalogue;
import io.gongkai.report.template.MetricCatalogue.CatalogueMetric;

/**
 * The catalogue figures of a legacy report as a table: what each counts, the figure as
 * stated ({@code 6000余}, {@code 约300}) and its unit. Only figures the report gives are
 * printed; an absent figure is not reported, not zero. Names, units and order are the
 * catalogue's ({@code template/metrics.json}).
 */
final class LegacyFigures {

	static final String CELL_PREFIX = "metrics.";

	private static final MetricCatalogue CATALOGUE = MetricCatalogue.national();

	private LegacyFigures() {
	}

	/** The table, or {@code null} when the report gives no figure. */
	static Grid of(Map<String, Metric> metrics) {
		if (metrics.isEmpty()) {
			return null;
		}
		List<List<GridCell>> rows = new ArrayList<>();
		rows.add(List.of(GridCell.label("指标", 1, 1), GridCell.label("数量", 1, 1), GridCell.label("单位", 1, 1)));
		List<String> ids = new ArrayList<>(CATALOGUE.ids());
		metrics.keySet().stream().filter((id) -> !CATALOGUE.contains(id)).forEach(ids::add);
		for (String id : ids) {
			Metric metric = metrics.get(id);
			if (metric == null) {
				continue;
			}
			CatalogueMetric printed = CATALOGUE.metric(id).orElse(null);
			rows.add(List.of(GridCell.label((printed != null) ? printed.label().zh() : id, 1, 1),
					new GridCell(stated(metric), 1, 1, false, CELL_PREFIX + id),
					GridCell.label((printed != null) ? printed.unit() : "", 1, 1)));
		}
		return new Grid("figures", 3, 1, rows);
	}

	/** {@code 6000}, {@code 6000余} (at least) or {@code 约6000} (approximately). */
	static String stated(Metric metric) {
		return switch (metric.qualifier()) {
			case "at_least" -> metric.value() + "余";
			case "approx" -> "约" + metric.value();
			default -> metric.value().toString();
		};
	}

}
