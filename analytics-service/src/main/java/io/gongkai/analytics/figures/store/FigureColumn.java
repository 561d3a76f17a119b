package io.gongkai.analytics.figures.store;

import java.util.Arrays;

/**
 * One counted figure of the reports of a province and year: {@code int}s with a marker
 * for "not reported" while every value fits, {@code double}s with {@code NaN} otherwise.
 */
final class FigureColumn {

	static final int NOT_REPORTED = Integer.MIN_VALUE;

	private final int[] ints;

	private final double[] doubles;

	private FigureColumn(int[] ints, double[] doubles) {
		this.ints = ints;
		this.doubles = doubles;
	}

	/** The figure of a report, {@code NaN} when it does not state it. */
	double value(int report) {
		if (this.ints != null) {
			int value = this.ints[report];
			return (value != NOT_REPORTED) ? value : Double.NaN;
		}
		return this.doubles[report];
	}

	/** Collects a column report by report. */
	static final class Builder {

		private int[] ints;

		private double[] doubles;

		Builder(int capacity) {
			this.ints = new int[Math.max(capacity, 16)];
			Arrays.fill(this.ints, NOT_REPORTED);
		}

		/** Sets a report's figure; reports never set are not reported. */
		void set(int report, double value) {
			if (Double.isNaN(value)) {
				return;
			}
			ensure(report + 1);
			if (this.ints != null) {
				if (value == Math.rint(value) && value > NOT_REPORTED && value <= Integer.MAX_VALUE) {
					this.ints[report] = (int) value;
					return;
				}
				this.doubles = new double[this.ints.length];
				for (int i = 0; i < this.ints.length; i++) {
					this.doubles[i] = (this.ints[i] != NOT_REPORTED) ? this.ints[i] : Double.NaN;
				}
				this.ints = null;
			}
			this.doubles[report] = value;
		}

		FigureColumn build(int size) {
			return (this.ints != null) ? new FigureColumn(Arrays.copyOf(this.ints, size), null)
					: new FigureColumn(null, Arrays.copyOf(this.doubles, size));
		}

		private void ensure(int size) {
			int length = (this.ints != null) ? this.ints.length : this.doubles.length;
			if (size <= length) {
				return;
			}
			int capacity = Math.max(size, length + (length >> 1));
			if (this.ints != null) {
				this.ints = Arrays.copyOf(this.ints, capacity);
				Arrays.fill(this.ints, length, capacity, NOT_REPORTED);
			}
			else {
				this.doubles = Arrays.copyOf(this.doubles, capacity);
				Arrays.fill(this.doubles, length, capacity, Double.NaN);
			}
		}

	}

}
