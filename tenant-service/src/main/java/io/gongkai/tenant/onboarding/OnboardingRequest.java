package io.gongkai.tenant.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What the platform admin gives to bring a province on board: its first coordinator.
 */
record OnboardingRequest(@NotNull(message = "{onboarding.coordinator.required}") @Valid Coordinator coordinator) {

	record Coordinator(
			@NotBlank(message = "{account.username.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
					message = "{account.username.pattern}") String username,
			@Email(message = "{account.email.format}") String email, String firstName, String lastName) {

	}

}
