package io.gongkai.analytics.nation;

import java.util.Arrays;

/**
 * The first quartile, median and third quartile of a set of values, by linear
 * interpolation between order statistics (Excel's {@code QUARTILE.INC}, R's type 7).
 *
 * @param q1 the first quartile, {@code null} without values
 * @param median the median, {@code null} without values
 * @param q3 the third quartile, {@code null} without values
 * @param count how many values
 */
public record Quartiles(Double q1, Double median, Double q3, int count) {

	public static final Quartiles NONE = new Quartiles(null, null, null, 0);

	/**
	 * The quartiles of the first {@code count} values; the array is sorted in place.
	 */
	public static Quartiles of(double[] values, int count) {
		if (count == 0) {
			return NONE;
		}
		Arrays.sort(values, 0, count);
		return new Quartiles(Numbers.rounded(quantile(values, count, 0.25)),
				Numbers.rounded(quantile(values, count, 0.5)), Numbers.rounded(quantile(values, count, 0.75)), count);
	}

	/** The interquartile range, {@code null} without values. */
	public Double iqr() {
		return (this.q1 != null) ? this.q3 - this.q1 : null;
	}

	static double quantile(double[] sorted, int count, double p) {
		double h = (count - 1) * p;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, count - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}

}
