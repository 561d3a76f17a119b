package io.gongkai.analytics.nation;

import java.util.Arrays;

/**
 * A figure summed over a group of reports: the reports that state it (how many, of which
 * format), the sums above and below the line, and optionally each report's own value for
 * quartiles, and how many stated a figure "at least" or "about". A report that does not
 * state the figure is left out, never counted as zero.
 */
public final class Tally {

	private final boolean rate;

	private final boolean keepValues;

	private int reports;

	private int legacy;

	private int template;

	private int atLeast;

	private int approx;

	private double numerator;

	private double denominator;

	private double[] values;

	private int valueCount;

	public Tally(boolean rate, boolean keepValues) {
		this.rate = rate;
		this.keepValues = keepValues;
		this.values = keepValues ? new double[64] : null;
	}

	/**
	 * Adds a report when it states the figure.
	 * @return whether it did
	 */
	public boolean add(FigureReader reader, YearSlice slice, int report) {
		if (!slice.hasFigures(report)) {
			return false;
		}
		double above = reader.numerator(slice, report);
		if (Double.isNaN(above)) {
			return false;
		}
		double below = reader.denominator(slice, report);
		if (Double.isNaN(below)) {
			return false;
		}
		add(above, below, slice.template(report), reader.qualifiers(slice, report));
		return true;
	}

	/**
	 * Adds a report that states the figure exactly, with its numerator (a counted
	 * figure's value) and denominator ({@code 1} for a counted figure).
	 */
	public void add(double above, double below, boolean template) {
		add(above, below, template, Codes.EXACT);
	}

	/**
	 * Adds a report that states the figure, with its numerator, denominator and how it
	 * stated them ({@link Codes#AT_LEAST} and {@link Codes#APPROX} flags).
	 */
	public void add(double above, double below, boolean template, byte qualifiers) {
		if ((qualifiers & Codes.AT_LEAST) != 0) {
			this.atLeast++;
		}
		if ((qualifiers & Codes.APPROX) != 0) {
			this.approx++;
		}
		this.reports++;
		if (template) {
			this.template++;
		}
		else {
			this.legacy++;
		}
		this.numerator += above;
		this.denominator += below;
		if (this.keepValues) {
			double value = this.rate ? ((below > 0) ? 100.0 * above / below : Double.NaN) : above;
			if (!Double.isNaN(value)) {
				if (this.valueCount == this.values.length) {
					this.values = Arrays.copyOf(this.values, this.valueCount * 2);
				}
				this.values[this.valueCount++] = value;
			}
		}
	}

	/**
	 * Adds the reports, sums and qualifiers of another group (not its values for
	 * quartiles).
	 */
	public void absorb(Tally other) {
		this.reports += other.reports;
		this.legacy += other.legacy;
		this.template += other.template;
		this.atLeast += other.atLeast;
		this.approx += other.approx;
		this.numerator += other.numerator;
		this.denominator += other.denominator;
	}

	/** The group's sum above the line (a counted figure's sum). */
	public double sum() {
		return this.numerator;
	}

	/** How many of the reports stated a figure "at least" or "about". */
	public Qualified qualified() {
		return (this.atLeast == 0 && this.approx == 0) ? Qualified.NONE : new Qualified(this.atLeast, this.approx);
	}

	/** How many reports state the figure. */
	public int reports() {
		return this.reports;
	}

	public int legacyReports() {
		return this.legacy;
	}

	public int templateReports() {
		return this.template;
	}

	/**
	 * The group's value: the sum of a counted figure, or a rate as the ratio of the sums
	 * (in percent); {@code NaN} when no report states it.
	 */
	public double raw() {
		if (this.reports == 0) {
			return Double.NaN;
		}
		if (!this.rate) {
			return this.numerator;
		}
		return (this.denominator > 0) ? 100.0 * this.numerator / this.denominator : Double.NaN;
	}

	/** {@link #raw()} as the API gives it. */
	public Double value() {
		return Numbers.rounded(raw());
	}

	/**
	 * {@code legacy}, {@code template}, {@code mixed}, or {@code null} without reports.
	 */
	public String source() {
		if (this.reports == 0) {
			return null;
		}
		if (this.legacy == 0) {
			return "template";
		}
		return (this.template == 0) ? "legacy" : "mixed";
	}

	/**
	 * The quartiles of the reports' own values (rates whose denominator is 0 left out).
	 */
	public Quartiles quartiles() {
		return this.keepValues ? Quartiles.of(this.values, this.valueCount) : Quartiles.NONE;
	}

}
