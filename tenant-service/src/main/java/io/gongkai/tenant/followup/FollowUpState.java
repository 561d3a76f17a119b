package io.gongkai.tenant.followup;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an agency stands with its report on a year, as the coordinator follows it up.
 * Exactly one per agency: {@code late} replaces {@code not_started}, {@code draft} and
 * {@code returned} once the deadline has passed without a (timely) submission.
 */
enum FollowUpState {

	/** No report on the year yet. */
	not_started,
	/** Being written, never submitted, deadline not passed. */
	draft,
	/** Waiting for the coordinator's review. */
	submitted,
	/** Back with the agency to be corrected. */
	returned,
	/** Accepted, not yet published. */
	accepted,
	/** Published. */
	published,
	/** Behind and past the deadline. */
	late;

	/** Whether the agency still has to act: the agencies a reminder goes to. */
	boolean isBehind() {
		return this == not_started || this == draft || this == returned || this == late;
	}

	static Optional<FollowUpState> ofReportStatus(String status) {
		return Arrays.stream(values())
			.filter((state) -> state != not_started && state != late && state.name().equals(status))
			.findFirst();
	}

}
