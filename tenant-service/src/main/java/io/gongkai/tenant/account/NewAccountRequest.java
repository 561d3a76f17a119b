package io.gongkai.tenant.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator (or the platform admin) sends to open an account.
 */
record NewAccountRequest(
		@NotBlank(message = "give a user name") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
				message = "3 to 64 lower-case letters, digits, dots, hyphens or underscores") String username,
		@NotBlank(message = "give the role: agency-reporter or provincial-coordinator") @Pattern(
				regexp = "agency-reporter|provincial-coordinator",
				message = "agency-reporter or provincial-coordinator") String role,
		String agencyId, @Email(message = "not an e-mail address") String email,
		@Size(max = 100, message = "at most 100 characters") String firstName,
		@Size(max = 100, message = "at most 100 characters") String lastName) {

}
