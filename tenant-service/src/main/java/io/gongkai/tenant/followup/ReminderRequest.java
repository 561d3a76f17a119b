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
record ReminderRequest(
		@NotNull(message = "give the year reported on, such as 2023") @Min(value = 2008,
				message = "reports start with 2008") @Max(value = 2100, message = "a year, such as 2023") Integer year,
		@Size(min = 1, max = 5000,
				message = "1 to 5000 agency ids; leave it out to remind every agency behind") List<@NotBlank(
						message = "an agency id cannot be blank") String> agencyIds,
		@NotBlank(message = "say what the reminder should tell the agencies") @Size(max = 2000,
				message = "at most 2000 characters") String message) {

}
