package io.gongkai.analytics.completeness;

import io.gongkai.analytics.nation.AgencyTable;
import io.gongkai.analytics.nation.Codes;
import io.gongkai.analytics.nation.Freshness;
import io.gongkai.analytics.nation.Nation;
import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.analytics.nation.Numbers;
import io.gongkai.analytics.nation.ProvinceFigures;
import io.gongkai.analytics.nation.ProvinceNames;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.analytics.nation.YearSlice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Completeness (expected agencies that reported, and the share of mandated sections their
 * accepted reports have) and timeliness (reports submitted by the deadline) per province
 * and year.
 */
@Component
class ReportingCompleteness {

	private static final byte PENDING = 1;

	private static final byte ACCEPTED = 2;

	private final NationalFigures figures;

	ReportingCompleteness(NationalFigures figures) {
		this.figures = figures;
	}

	public CompletenessView completeness(int from, int to, Visibility visibility) {
		Nation nation = this.figures.nation();
		Map<String, Instant> synced = this.figures.lastSynced();
		List<CompletenessView.Row> rows = new ArrayList<>();
		List<CompletenessView.Row> national = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			Counts nationCounts = new Counts();
			for (ProvinceFigures province : nation.all()) {
				Counts counts = count(province, year);
				nationCounts.add(counts);
				if (visibility.sees(province.code())) {
					rows.add(counts.row(province.code(), ProvinceNames.name(province.code()), year,
							synced.get(province.code())));
				}
			}
			national.add(nationCounts.row(null, "全国", year, null));
		}
		rows.sort((a, b) -> (a.province().equals(b.province())) ? Integer.compare(a.year(), b.year())
				: a.province().compareTo(b.province()));
		return new CompletenessView(from, to, rows, national, Freshness.of(nation, synced, visibility));
	}

	private static Counts count(ProvinceFigures province, int year) {
		Counts counts = new Counts();
		AgencyTable agencies = province.agencies();
		byte[] state = new byte[agencies.size()];
		YearSlice slice = province.year(year);
		if (slice != null) {
			for (int report = 0; report < slice.size(); report++) {
				if (!slice.submitted(report)) {
					continue;
				}
				int agency = slice.agency(report);
				if (!agencies.expectedIn(agency, year)) {
					counts.otherReports++;
					continue;
				}
				boolean accepted = slice.hasFigures(report) || slice.status(report) >= Codes.ACCEPTED;
				state[agency] = (byte) Math.max(state[agency], accepted ? ACCEPTED : PENDING);
				switch (slice.timeliness(report)) {
					case Codes.ON_TIME -> counts.onTime++;
					case Codes.LATE -> counts.late++;
					default -> counts.timelinessUnknown++;
				}
				if (slice.hasFigures(report)) {
					countSections(slice, report, counts);
				}
			}
		}
		for (int agency = 0; agency < agencies.size(); agency++) {
			if (agencies.expectedIn(agency, year)) {
				counts.expected++;
				if (state[agency] == ACCEPTED) {
					counts.accepted++;
				}
				else if (state[agency] == PENDING) {
					counts.pending++;
				}
			}
		}
		return counts;
	}

	/**
	 * The mandated sections of a report with accepted figures: a template report's count
	 * (when known), a legacy report apart (it has no mandated sections).
	 */
	private static void countSections(YearSlice slice, int report, Counts counts) {
		if (!slice.template(report)) {
			counts.sectionsLegacy++;
		}
		else if (slice.sectionsMandated(report) == 0) {
			counts.sectionsUnknown++;
		}
		else {
			counts.sectionsReports++;
			counts.sectionsMandated += slice.sectionsMandated(report);
			counts.sectionsPresent += slice.sectionsPresent(report);
		}
	}

	private static final class Counts {

		int expected;

		int accepted;

		int pending;

		int onTime;

		int late;

		int timelinessUnknown;

		int otherReports;

		int sectionsReports;

		int sectionsMandated;

		int sectionsPresent;

		int sectionsLegacy;

		int sectionsUnknown;

		void add(Counts other) {
			this.expected += other.expected;
			this.accepted += other.accepted;
			this.pending += other.pending;
			this.onTime += other.onTime;
			this.late += other.late;
			this.timelinessUnknown += other.timelinessUnknown;
			this.otherReports += other.otherReports;
			this.sectionsReports += other.sectionsReports;
			this.sectionsMandated += other.sectionsMandated;
			this.sectionsPresent += other.sectionsPresent;
			this.sectionsLegacy += other.sectionsLegacy;
			this.sectionsUnknown += other.sectionsUnknown;
		}

		CompletenessView.Row row(String code, String name, int year, Instant synced) {
			int reported = this.accepted + this.pending;
			Double completeness = (this.expected > 0) ? Numbers.rounded(100.0 * reported / this.expected) : null;
			Double timeliness = (this.onTime + this.late > 0)
					? Numbers.rounded(100.0 * this.onTime / (this.onTime + this.late)) : null;
			Double sectionsShare = (this.sectionsMandated > 0)
					? Numbers.rounded(100.0 * this.sectionsPresent / this.sectionsMandated) : null;
			CompletenessView.Sections sections = new CompletenessView.Sections(this.sectionsReports,
					this.sectionsMandated, this.sectionsPresent, sectionsShare, this.sectionsLegacy,
					this.sectionsUnknown);
			return new CompletenessView.Row(code, name, year, this.expected, reported, this.accepted, this.pending,
					this.expected - reported, this.onTime, this.late, this.timelinessUnknown, this.otherReports,
					completeness, timeliness, sections, synced);
		}

	}

}
