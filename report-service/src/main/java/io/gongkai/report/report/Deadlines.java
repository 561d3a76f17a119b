package io.gongkai.report.report;

import java.time.LocalDate;
import java.time.Month;

/**
 * When a report is due. Reports on 2008 to 2018 are due on 31 March of the next year (条例
 * of 2007, art. 31); from the report on 2019, a department's is due on 31 January and a
 * people's government's own report on 31 March (条例 revised 2019, art. 49).
 */
final class Deadlines {

	static final int FIRST_YEAR_OF_THE_2019_RULES = 2019;

	private Deadlines() {
	}

	static LocalDate dueDate(int year, AgencyKind kind) {
		if (year < FIRST_YEAR_OF_THE_2019_RULES || kind == AgencyKind.government) {
			return LocalDate.of(year + 1, Month.MARCH, 31);
		}
		return LocalDate.of(year + 1, Month.JANUARY, 31);
	}

	/** Whether a report first submitted on the given day was on time. */
	static Boolean onTime(LocalDate deadline, LocalDate submittedOn) {
		return (submittedOn != null) ? !submittedOn.isAfter(deadline) : null;
	}

	/**
	 * Whether a report was on time: by the day it was published when it was imported from
	 * its published text with that day known, else by the day it was first submitted.
	 */
	static Boolean onTime(LocalDate deadline, LocalDate submittedOn, LocalDate publishedBeforeImport) {
		return onTime(deadline, (publishedBeforeImport != null) ? publishedBeforeImport : submittedOn);
	}

}
