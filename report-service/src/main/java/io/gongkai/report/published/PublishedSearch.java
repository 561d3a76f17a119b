package io.gongkai.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import io.gongkai.report.registry.AgencyCandidate;
import io.gongkai.report.registry.AgencyMatch;
import io.gongkai.report.registry.AgencySearch;

/**
 * Finds published reports by agency name as the registry finds agencies (any part of the
 * name, places, former names, short forms such as 人社), asking tenant-service as the
 * service account through the guarded agency search, one province at a time: the one
 * asked for, or each province with published reports. A province the registry cannot
 * answer for is searched by the text in the agency names instead, and the answer says so.
 */
class PublishedSearch {

	private final AgencySearch registry;

	private final PublishedReports reports;

	PublishedSearch(AgencySearch registry, PublishedReports reports) {
		this.registry = registry;
		this.reports = reports;
	}

	PublicReportPage search(PublicReportQuery query, String text) {
		List<String> provinces = query.province()
			.map(List::of)
			.orElseGet(() -> new ArrayList<>(new TreeSet<>(
					this.reports.provinceYears().stream().map(PublishedReports.ProvinceYear::provinceCode).toList())));
		List<String> agencies = new ArrayList<>();
		boolean byName = false;
		for (String province : provinces) {
			AgencyMatch match = this.registry.match(province, text);
			if (match.status() == AgencyMatch.Status.UNAVAILABLE) {
				byName = true;
				agencies.addAll(this.reports.agenciesNamed(Optional.of(province), text));
			}
			else if (match.candidates() != null) {
				match.candidates().stream().map(AgencyCandidate::id).forEach(agencies::add);
			}
		}
		return this.reports.list(query, Optional.of(agencies)).searchedBy(byName ? "name" : "registry");
	}

}
