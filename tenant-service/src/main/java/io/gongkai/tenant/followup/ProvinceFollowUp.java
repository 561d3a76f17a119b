package io.gongkai.tenant.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyStore;

import org.springframework.stereotype.Component;

/**
 * Who of a province has reported on a year: the agencies the registry expects, matched
 * with the reports report-service shows the caller.
 */
@Component
class ProvinceFollowUp {

	private final AgencyStore agencies;

	private final ReportListClient reports;

	private final Clock clock;

	ProvinceFollowUp(AgencyStore agencies, ReportListClient reports, Clock clock) {
		this.agencies = agencies;
		this.reports = reports;
		this.clock = clock;
	}

	FollowUpView of(String provinceCode, int year, String accessToken) {
		List<ReportSummary> listed = this.reports.reports(provinceCode, year, accessToken);
		Instant readAt = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(readAt, ReportingCalendar.CHINA);
		Map<String, ReportSummary> byAgency = new HashMap<>();
		listed.forEach((report) -> byAgency.putIfAbsent(report.agencyId(), report));
		List<AgencyFollowUp> rows = new ArrayList<>();
		for (Agency agency : this.agencies.all(provinceCode)) {
			if (agency.existsIn(year)) {
				rows.add(AgencyFollowUp.of(agency, year, byAgency.remove(agency.id()), today));
			}
		}
		Map<FollowUpState, Integer> counts = new EnumMap<>(FollowUpState.class);
		for (FollowUpState state : FollowUpState.values()) {
			counts.put(state, 0);
		}
		rows.forEach((row) -> counts.merge(row.state(), 1, Integer::sum));
		int lateTotal = (int) rows.stream().filter(AgencyFollowUp::late).count();
		return new FollowUpView(provinceCode, year, readAt, today, rows.size(), counts, lateTotal, rows,
				byAgency.size());
	}

}
