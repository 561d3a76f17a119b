package io.gongkai.tenant.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The follow-up of a province on a year.
 *
 * @param provinceCode the province
 * @param year the year reported on
 * @param reportsReadAt when report-service's list was read (the states are as of then)
 * @param today the day in China time that lateness was judged on
 * @param total how many agencies are expected to report
 * @param counts how many agencies are in each state (every state, zeros included)
 * @param lateTotal how many agencies are late in any state (a report submitted late stays
 * late)
 * @param agencies every expected agency in registry order
 * @param reportsOutsideRegistry reports on the year of agencies that are not expected to
 * report on it (unknown or abolished ids), left out of {@code agencies}
 */
record FollowUpView(String provinceCode, int year, Instant reportsReadAt, LocalDate today, int total,
		Map<FollowUpState, Integer> counts, int lateTotal, List<AgencyFollowUp> agencies, int reportsOutsideRegistry) {

}
