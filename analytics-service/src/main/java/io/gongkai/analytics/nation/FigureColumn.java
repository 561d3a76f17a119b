package io.gongkai.analytics.nation;

import java.util.Arrays;

/**
 * One counted figure of the reports of a province and year: {@code int}s with a marker
 * for "not reported" while every value fits, {@code double}s with {@code NaN} otherwise.
 * The few values stated as "at least" or "about" are listed apart (the reports in order,
 * with their qualifier), so that exact values cost nothing more.
 */
final class FigureColumn {

	static final int NOT_REPORTED = Integer.MIN_VALUE;

	private final int[] ints;

	private final double[] doubles;

	private final int[] qualifiedReports;

	private final byte[] qualifiers;

	private FigureColumn(int[] ints, double[] doubles, int[] qualifiedReports, byte[] qualifiers) {
		this.ints = ints;
		this.doubles = doubles;
		this.qualifiedReports = qualifiedReports;
		this.qualifiers = qualifiers;
	}

	/**
	 * How a report stated its figure: {@link Codes#EXACT}, {@link Codes#AT_LEAST} or
	 * {@link Codes#APPROX}.
	 */
	byte qualifier(int report) {
		if (this.qualifiedReports.length == 0) {
			return Codes.EXACT;
		}
		int found = Arrays.binarySearch(this.qualifiedReports, report);
		return (found >= 0) ? this.qualifiers[found] : Codes.EXACT;
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

		private int[] qualifiedReports = new int[0];

		private byte[] qualifiers = new byte[0];

		private int qualified;

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

		/**
		 * Sets a report's figure with how it was stated; reports are set in increasing
		 * order.
		 */
		void set(int report, double value, byte qualifier) {
			set(report, value);
			if (qualifier == Codes.EXACT || Double.isNaN(value)) {
				return;
			}
			if (this.qualified == this.qualifiedReports.length) {
				int capacity = Math.max(4, this.qualified * 2);
				this.qualifiedReports = Arrays.copyOf(this.qualifiedReports, capacity);
				this.qualifiers = Arrays.copyOf(this.qualifiers, capacity);
			}
			this.qualifiedReports[this.qualified] = report;
			this.qualifiers[this.qualified++] = qualifier;
		}

		FigureColumn build(int size) {
			int[] qualifiedReports = Arrays.copyOf(this.qualifiedReports, this.qualified);
			byte[] qualifiers = Arrays.copyOf(this.qualifiers, this.qualified);
			return (this.ints != null)
					? new FigureColumn(Arrays.copyOf(this.ints, size), null, qualifiedReports, qualifiers)
					: new FigureColumn(null, Arrays.copyOf(this.doubles, size), qualifiedReports, qualifiers);
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
