package io.gongkai.analytics.nation;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each counted figure of the catalogue is read from a report: the legacy metric, or
 * the sum of template cells (reported when at least one of its cells is). Only the
 * metrics and cells some figure needs are kept while a report is read.
 */
final class FigureRecipes {

	private final Map<String, Integer> metricSlots = new HashMap<>();

	private final Map<String, Integer> cellSlots = new HashMap<>();

	private final int[] metricOf;

	private final int[][] cellsOf;

	FigureRecipes(FigureCatalogue catalogue) {
		List<Figure> counts = catalogue.counts();
		this.metricOf = new int[counts.size()];
		this.cellsOf = new int[counts.size()][];
		for (int column = 0; column < counts.size(); column++) {
			Figure figure = counts.get(column);
			this.metricOf[column] = (figure.legacyMetric() != null) ? slot(this.metricSlots, figure.legacyMetric())
					: -1;
			List<String> cells = figure.templateCells();
			this.cellsOf[column] = new int[cells.size()];
			for (int i = 0; i < cells.size(); i++) {
				this.cellsOf[column][i] = slot(this.cellSlots, cells.get(i));
			}
		}
	}

	/** The slot of a legacy metric some figure reads, or {@code -1}. */
	int metricSlot(String metricId) {
		return this.metricSlots.getOrDefault(metricId, -1);
	}

	/** The slot of a template cell some figure reads, or {@code -1}. */
	int cellSlot(String cellId) {
		return this.cellSlots.getOrDefault(cellId, -1);
	}

	double[] newMetrics() {
		return blank(this.metricSlots.size());
	}

	byte[] newMetricQualifiers() {
		return new byte[this.metricSlots.size()];
	}

	double[] newCells() {
		return blank(this.cellSlots.size());
	}

	int figureCount() {
		return this.metricOf.length;
	}

	/**
	 * The counted figures of one report. A template report's figure is the sum of its
	 * cells; when the report states none of them, its catalogue metric (if report-service
	 * gave one) stands in. A legacy report's figure is its metric.
	 */
	double[] figures(boolean template, double[] metrics, double[] cells) {
		return read(template, metrics, new byte[metrics.length], cells).values();
	}

	/**
	 * The counted figures of one report as {@link #figures}, with the qualifier of each
	 * figure read from a metric (cells are exact).
	 * @param metricQualifiers per metric slot, {@link Codes#qualifier its flag}
	 */
	Figures read(boolean template, double[] metrics, byte[] metricQualifiers, double[] cells) {
		double[] figures = new double[this.metricOf.length];
		byte[] qualifiers = null;
		for (int column = 0; column < figures.length; column++) {
			double value = Double.NaN;
			if (template) {
				value = sum(this.cellsOf[column], cells);
			}
			int metric = this.metricOf[column];
			if (Double.isNaN(value) && metric >= 0) {
				value = metrics[metric];
				if (!Double.isNaN(value) && metricQualifiers[metric] != Codes.EXACT) {
					qualifiers = (qualifiers != null) ? qualifiers : new byte[figures.length];
					qualifiers[column] = metricQualifiers[metric];
				}
			}
			figures[column] = value;
		}
		return new Figures(figures, qualifiers);
	}

	/**
	 * A report's counted figures.
	 *
	 * @param values per column, {@code NaN} where not stated
	 * @param qualifiers per column, {@code null} when every figure is exact
	 */
	record Figures(double[] values, byte[] qualifiers) {

	}

	private static double sum(int[] slots, double[] cells) {
		double sum = Double.NaN;
		for (int slot : slots) {
			double cell = cells[slot];
			if (!Double.isNaN(cell)) {
				sum = Double.isNaN(sum) ? cell : sum + cell;
			}
		}
		return sum;
	}

	private static int slot(Map<String, Integer> slots, String id) {
		return slots.computeIfAbsent(id, (key) -> slots.size());
	}

	private static double[] blank(int size) {
		double[] values = new double[size];
		Arrays.fill(values, Double.NaN);
		return values;
	}

}
