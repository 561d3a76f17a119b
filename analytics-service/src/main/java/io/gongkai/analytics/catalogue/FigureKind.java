package io.gongkai.analytics.catalogue;

/**
 * Whether a figure is counted in a report or computed from counted figures.
 */
public enum FigureKind {

	/**
	 * A figure a report states (or its table sums up); a group's value is the sum over
	 * its reports.
	 */
	count,

	/**
	 * A percentage of two counted figures; a report's value is its own ratio, a group's
	 * value the ratio of the sums over the reports that state both.
	 */
	rate,

	/**
	 * A counted figure of a province's own reports per 10,000 of its resident population:
	 * a province's value is its sum over its population, the nation's the sum over the
	 * provinces whose population is known over theirs. Only by province; no value per
	 * report.
	 */
	per_capita

}
