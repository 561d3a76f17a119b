package io.gongkai.analytics.nation;

/**
 * How many of the reports behind a value stated a figure of it not exactly (legacy
 * reports only: 余, 多, 以上 give "at least", 约, 近, 左右 "about"); such figures count at the
 * number stated. A report with one figure of each kind counts in both.
 *
 * @param atLeast reports that stated a figure of the value as "at least" (a sum with them
 * is a lower bound)
 * @param approx reports that stated a figure of the value as "about"
 */
public record Qualified(int atLeast, int approx) {

	static final Qualified NONE = new Qualified(0, 0);

	/** Whether any report stated a figure of the value not exactly. */
	public boolean any() {
		return this.atLeast > 0 || this.approx > 0;
	}

}
