package io.gongkai.analytics.publicfigures;

import java.util.List;

/**
 * Which provinces' agencies published their reports on a year on time, over published
 * reports only.
 *
 * @param year the year the reports cover
 * @param national every province together
 * @param provinces the provinces with published reports of the year, in code order
 */
record PublicTimeliness(int year, National national, List<Province> provinces) {

	/**
	 * The nation.
	 *
	 * @param reports published reports of the year
	 * @param onTime of those, published by their deadline
	 * @param late of those, published after it
	 * @param unknown of those, whose day is not known
	 * @param share on time among those known, in percent, {@code null} when none is
	 */
	record National(int reports, int onTime, int late, int unknown, Double share) {

	}

	/**
	 * One province.
	 *
	 * @param code six-digit code
	 * @param name its name
	 * @param reports its published reports of the year
	 * @param onTime of those, published by their deadline
	 * @param late of those, published after it
	 * @param unknown of those, whose day is not known
	 * @param share on time among those known, in percent, {@code null} when none is
	 * @param allOnTime whether every one of its published reports of the year was on time
	 * @param agencies each published report's agency, by name, and whether it was on time
	 * ({@code null}: not known)
	 * @param publishedReports the public list of its published reports of the year
	 */
	record Province(String code, String name, int reports, int onTime, int late, int unknown, Double share,
			boolean allOnTime, List<Agency> agencies, String publishedReports) {

	}

	/**
	 * An agency's published report.
	 *
	 * @param name the agency's name
	 * @param onTime whether it was published by its deadline, {@code null} when not known
	 */
	record Agency(String name, Boolean onTime) {

	}

}
