package io.gongkai.tenant.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What the platform admin gives to bring a province on board: its first coordinator.
 */
record OnboardingRequest(@NotNull(message = "give the first coordinator") @Valid Coordinator coordinator) {

	record Coordinator(
			@NotBlank(message = "give a user name") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
					message = "3 to 64 lower-case letters, digits, dots, hyphens or underscores") String username,
			@Email(message = "not an e-mail address") String email, String firstName, String lastName) {

	}

}
