package io.gongkai.tenant.followup;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a request for reminders.
 *
 * @param year the year reported on
 * @param reportsReadAt when the states the choice was made on were read
 * @param queued the reminders recorded, one per agency behind
 * @param skipped agencies asked for by id that are not behind, with their state
 */
record RemindersQueued(int year, Instant reportsReadAt, List<Reminder> queued, List<Skipped> skipped) {

	/**
	 * An agency that was not reminded.
	 *
	 * @param agencyId the agency
	 * @param state where it stands
	 */
	record Skipped(String agencyId, FollowUpState state) {

	}

}
