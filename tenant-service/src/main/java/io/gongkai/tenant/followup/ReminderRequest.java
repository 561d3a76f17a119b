package io.gongkai.tenant.followup;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A coordinator asks for reminders.
 *
 * @param year the year reported on
 * @param agencyIds the agencies to remind; left out, every agency behind
 * @param message what the reminder says
 */
record ReminderRequest(@NotNull(message = "{reminder.year.required}") @Min(value = ReportingCalendar.FIRST_YEAR,
		message = "{year.min2008}") @Max(value = ReportingCalendar.LAST_YEAR, message = "{year.max2023}") Integer year,
		@Size(min = 1, max = 5000,
				message = "{reminder.agencyIds.size}") List<@NotBlank(
						message = "{reminder.agencyId.blank}") String> agencyIds,
		@NotBlank(message = "{reminder.message.required}") @Size(max = 2000,
				message = "{reminder.message.size}") String message) {

}
