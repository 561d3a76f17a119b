package io.gongkai.analytics.figures;

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
	rate

}
