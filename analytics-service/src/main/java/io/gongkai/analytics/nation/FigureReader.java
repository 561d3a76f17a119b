package io.gongkai.analytics.nation;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;

/**
 * Reads one figure of the catalogue from the reports of a slice: a counted figure's
 * column, or a rate's numerator and denominator (each a sum of counted figures, stated
 * only when every one of them is); for a figure per capita, the counted figure it relates
 * to the population.
 */
public final class FigureReader {

	private final Figure figure;

	private final int[] numerator;

	private final int[] denominator;

	public FigureReader(FigureCatalogue catalogue, Figure figure) {
		this.figure = figure;
		if (figure.isComputed()) {
			this.numerator = columns(catalogue, figure.numerator().toArray(new String[0]));
			this.denominator = columns(catalogue, figure.denominator().toArray(new String[0]));
		}
		else {
			this.numerator = new int[] { catalogue.column(figure.id()) };
			this.denominator = new int[0];
		}
	}

	public Figure figure() {
		return this.figure;
	}

	public boolean rate() {
		return this.figure.isRate();
	}

	/** A counted figure's value, or a rate's numerator; {@code NaN} when not stated. */
	public double numerator(YearSlice slice, int report) {
		return sum(this.numerator, slice, report);
	}

	/**
	 * A rate's denominator ({@code 1} for a counted figure); {@code NaN} when not stated.
	 */
	public double denominator(YearSlice slice, int report) {
		return (this.denominator.length == 0) ? 1 : sum(this.denominator, slice, report);
	}

	/**
	 * The report's own value: the counted figure, or the rate in percent ({@code NaN}
	 * when not stated or when its denominator is zero).
	 */
	public double value(YearSlice slice, int report) {
		if (!slice.hasFigures(report)) {
			return Double.NaN;
		}
		double above = numerator(slice, report);
		if (!rate() || Double.isNaN(above)) {
			return above;
		}
		double below = denominator(slice, report);
		return (below > 0) ? 100.0 * above / below : Double.NaN;
	}

	/**
	 * How the report stated the figures behind its value: {@link Codes#AT_LEAST} and
	 * {@link Codes#APPROX} flags, {@link Codes#EXACT} when every one was exact.
	 */
	public byte qualifiers(YearSlice slice, int report) {
		byte qualifiers = Codes.EXACT;
		for (int column : this.numerator) {
			qualifiers |= slice.qualifier(column, report);
		}
		for (int column : this.denominator) {
			qualifiers |= slice.qualifier(column, report);
		}
		return qualifiers;
	}

	/** Whether any report of the slice can state the figure at all. */
	public boolean statedIn(YearSlice slice) {
		for (int column : this.numerator) {
			if (!slice.states(column)) {
				return false;
			}
		}
		for (int column : this.denominator) {
			if (!slice.states(column)) {
				return false;
			}
		}
		return true;
	}

	private static double sum(int[] columns, YearSlice slice, int report) {
		double sum = 0;
		for (int column : columns) {
			double value = slice.value(column, report);
			if (Double.isNaN(value)) {
				return Double.NaN;
			}
			sum += value;
		}
		return sum;
	}

	private static int[] columns(FigureCatalogue catalogue, String[] ids) {
		int[] columns = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			columns[i] = catalogue.column(ids[i]);
		}
		return columns;
	}

}
