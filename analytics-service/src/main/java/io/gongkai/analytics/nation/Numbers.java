package io.gongkai.analytics.nation;

/**
 * How figures leave the service: {@code null} for "not reported", two decimals at most.
 */
public final class Numbers {

	private Numbers() {
	}

	/** The value rounded to two decimals, {@code null} for {@code NaN} or infinity. */
	public static Double rounded(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return null;
		}
		return Math.round(value * 100.0) / 100.0;
	}

}
