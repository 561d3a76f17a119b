package io.gongkai.tenant.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a coordinator (or the platform admin) sends to open an account.
 */
record NewAccountRequest(
		@NotBlank(message = "{account.username.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
				message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.role.required}") @Pattern(regexp = "agency-reporter|provincial-coordinator",
				message = "{account.role.pattern}") String role,
		String agencyId, @Email(message = "{account.email}") String email,
		@Size(max = 100, message = "{account.firstName.size}") String firstName,
		@Size(max = 100, message = "{account.lastName.size}") String lastName) {

}
