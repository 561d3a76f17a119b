package io.gongkai.tenant.onboarding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.province.ProvinceAccess;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform admin brings provinces on board, suspends and resumes them; a province's
 * coordinators see its status.
 */
@RestController
@RequestMapping("/api/tenants/{code}")
class OnboardingController {

	private final ProvinceOnboarding onboarding;

	private final ProvinceAccess access;

	OnboardingController(ProvinceOnboarding onboarding, ProvinceAccess access) {
		this.onboarding = onboarding;
		this.access = access;
	}

	@GetMapping("/status")
	ProvinceView status(Caller caller, @PathVariable String code) {
		return this.onboarding.status(this.access.readable(caller, code));
	}

	@PostMapping("/onboarding")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	ProvinceView onboard(Caller caller, @PathVariable String code, @Valid @RequestBody OnboardingRequest request) {
		return this.onboarding.onboard(caller, this.access.manageable(caller, code), request);
	}

	@PostMapping("/suspension")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	ProvinceView suspend(Caller caller, @PathVariable String code, @Valid @RequestBody SuspensionRequest request) {
		return this.onboarding.suspend(caller, this.access.manageable(caller, code), request.reason());
	}

	@PostMapping("/resumption")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	ProvinceView resume(Caller caller, @PathVariable String code) {
		return this.onboarding.resume(caller, this.access.manageable(caller, code));
	}

	record SuspensionRequest(@NotBlank(message = "{suspension.reason.required}") @Size(max = 500,
			message = "{suspension.reason.size}") String reason) {

	}

}
