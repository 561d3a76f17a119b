package io.gongkai.tenant.followup;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.province.ProvinceAccess;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinator's follow-up of a province's reports on a year, and reminders to the
 * agencies behind. Coordinators of the province and the platform admin; the reports are
 * read from report-service with the caller's own token.
 */
@RestController
@RequestMapping("/api/tenants/{code}/follow-up")
@EnableConfigurationProperties(FollowUpSettings.class)
@Validated
class FollowUpController {

	private final ProvinceFollowUp followUp;

	private final FollowUpReminders reminders;

	private final ReminderOutbox outbox;

	private final ProvinceAccess access;

	FollowUpController(ProvinceFollowUp followUp, FollowUpReminders reminders, ReminderOutbox outbox,
			ProvinceAccess access) {
		this.followUp = followUp;
		this.reminders = reminders;
		this.outbox = outbox;
		this.access = access;
	}

	@GetMapping
	FollowUpView followUp(Caller caller, @PathVariable String code,
			@RequestParam @Min(value = ReportingCalendar.FIRST_YEAR, message = "{year.min2008}") @Max(
					value = ReportingCalendar.LAST_YEAR, message = "{year.max2023}") int year) {
		this.access.manageable(caller, code);
		return this.followUp.of(code, year, callerToken());
	}

	@PostMapping("/reminders")
	ResponseEntity<RemindersQueued> remind(Caller caller, @PathVariable String code,
			@Valid @RequestBody ReminderRequest request) {
		this.access.manageable(caller, code);
		RemindersQueued queued = this.reminders.remind(caller, code, request, callerToken());
		return ResponseEntity.status(queued.queued().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(queued);
	}

	@GetMapping("/reminders")
	ReminderList list(Caller caller, @PathVariable String code,
			@RequestParam(required = false) @Min(value = ReportingCalendar.FIRST_YEAR, message = "{year.min2008}") @Max(
					value = ReportingCalendar.LAST_YEAR, message = "{year.max2023}") Integer year,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "{page.min}") int page,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "{size.min}") @Max(value = 1000,
					message = "{size.max1000}") int size) {
		this.access.manageable(caller, code);
		return new ReminderList(this.outbox.list(code, year, page, size), page, size, this.outbox.count(code, year));
	}

	/**
	 * The verified token of this request, the one its {@code Authorization} header
	 * carried, to be relayed as is.
	 */
	private static String callerToken() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken authentication) {
			return authentication.getToken().getTokenValue();
		}
		throw new AuthenticationCredentialsNotFoundException("No verified token on this request");
	}

	/**
	 * One page of reminders, newest first.
	 */
	record ReminderList(List<Reminder> items, int page, int size, long total) {

	}

}
