package io.gongkai.tenant.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.tenant.account.ProvinceAccounts;
import io.gongkai.tenant.account.ProvinceAccounts.Recipient;
import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.tenant.province.ProvinceCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Queues reminders for the agencies of a province that are behind with their report, as
 * the follow-up sees them at that moment.
 */
@Component
class FollowUpReminders {

	private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

	private final ProvinceFollowUp followUp;

	private final ProvinceAccounts reporters;

	private final ReminderOutbox outbox;

	private final Clock clock;

	FollowUpReminders(ProvinceFollowUp followUp, ProvinceAccounts reporters, ReminderOutbox outbox, Clock clock) {
		this.followUp = followUp;
		this.reporters = reporters;
		this.outbox = outbox;
		this.clock = clock;
	}

	RemindersQueued remind(Caller caller, String provinceCode, ReminderRequest request, String accessToken) {
		FollowUpView view = this.followUp.of(provinceCode, request.year(), accessToken);
		Map<String, AgencyFollowUp> expected = view.agencies()
			.stream()
			.collect(Collectors.toMap(AgencyFollowUp::agencyId, Function.identity()));
		List<AgencyFollowUp> chosen;
		List<RemindersQueued.Skipped> skipped = new ArrayList<>();
		if (request.agencyIds() == null) {
			chosen = view.agencies().stream().filter(AgencyFollowUp::isBehind).toList();
		}
		else {
			Set<String> asked = new LinkedHashSet<>(request.agencyIds().stream().map(String::strip).toList());
			List<String> unknown = asked.stream().filter((id) -> !expected.containsKey(id)).toList();
			if (!unknown.isEmpty()) {
				throw new ProblemException(TenantProblem.NOT_EXPECTED_AGENCIES, ProvinceCatalogue.named(provinceCode),
						request.year(), String.join(", ", unknown))
					.with("field", "agencyIds")
					.with("agencyIds", unknown);
			}
			chosen = new ArrayList<>();
			for (String id : asked) {
				AgencyFollowUp agency = expected.get(id);
				if (agency.isBehind()) {
					chosen.add(agency);
				}
				else {
					skipped.add(new RemindersQueued.Skipped(id, agency.state()));
				}
			}
		}
		Map<String, List<Recipient>> recipients = this.reporters.enabledReporters(provinceCode,
				chosen.stream().map(AgencyFollowUp::agencyId).toList());
		Instant now = this.clock.instant();
		List<Reminder> queued = chosen.stream().map((agency) -> {
			List<Recipient> to = recipients.getOrDefault(agency.agencyId(), List.of());
			return new Reminder(UUID.randomUUID().toString(), provinceCode, request.year(), agency.agencyId(),
					agency.agencyName(), to.stream().map(Recipient::username).toList(),
					to.stream().map(Recipient::displayName).toList(), agency.state(), agency.late(), agency.deadline(),
					request.message().strip(), caller.username(), caller.displayName(), now, Reminder.QUEUED);
		}).toList();
		this.outbox.queue(queued);
		log.info("{} reminders on {} queued in province {} by {}", queued.size(), request.year(), provinceCode,
				caller.username());
		return new RemindersQueued(request.year(), view.reportsReadAt(), queued, skipped);
	}

}
