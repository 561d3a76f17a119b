package io.gongkai.tenant.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reminder to an agency behind with its report, queued in the {@code reminders} outbox
 * until something delivers it.
 *
 * @param id the reminder
 * @param provinceCode the province
 * @param year the year reported on
 * @param agencyId the agency reminded
 * @param agencyName its name when the reminder was made
 * @param recipients the user names of its enabled reporter accounts (may be empty)
 * @param recipientNames the names of the people behind those accounts, in the same order
 * (the user name where none was entered)
 * @param state where the agency stood when the reminder was made
 * @param late whether it was late then
 * @param deadline its report's deadline
 * @param message the coordinator's words
 * @param sentBy the user name of who asked for it
 * @param sentByName that person's name
 * @param createdAt when
 * @param status {@code queued} until a deliverer changes it
 */
record Reminder(String id, String provinceCode, int year, String agencyId, String agencyName, List<String> recipients,
		List<String> recipientNames, FollowUpState state, boolean late, LocalDate deadline, String message,
		String sentBy, String sentByName, Instant createdAt, String status) {

	static final String QUEUED = "queued";

	Reminder {
		recipients = List.copyOf(recipients);
		recipientNames = (recipientNames == null || recipientNames.size() != recipients.size()) ? recipients
				: List.copyOf(recipientNames);
		sentByName = (sentByName == null || sentByName.isBlank()) ? sentBy : sentByName;
	}

}
