package io.gongkai.tenant.followup;

import java.time.ZoneId;

/**
 * The years and the time of reporting, stated once for the follow-up.
 */
final class ReportingCalendar {

	/** The first year reports exist for: the 2007 条例 took effect on 1 May 2008. */
	static final int FIRST_YEAR = 2008;

	/** The last year a request may name; a later one is a slip of the keyboard. */
	static final int LAST_YEAR = 2100;

	/** China time, in which days begin and deadlines fall. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private ReportingCalendar() {
	}

}
