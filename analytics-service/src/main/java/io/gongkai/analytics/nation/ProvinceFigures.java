package io.gongkai.analytics.nation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the read model holds about one province, immutable: a rebuild makes a new
 * one, and readers keep whichever they started with.
 */
public final class ProvinceFigures {

	private final String code;

	private final AgencyTable agencies;

	private final int firstYear;

	private final YearSlice[] years;

	private final int reports;

	private final ProvincePopulation population;

	private ProvinceFigures(String code, AgencyTable agencies, int firstYear, YearSlice[] years, int reports,
			ProvincePopulation population) {
		this.code = code;
		this.agencies = agencies;
		this.firstYear = firstYear;
		this.years = years;
		this.reports = reports;
		this.population = population;
	}

	public String code() {
		return this.code;
	}

	public AgencyTable agencies() {
		return this.agencies;
	}

	/** The reports on a year, or {@code null} when the province has none. */
	public YearSlice year(int year) {
		int slot = year - this.firstYear;
		return (slot >= 0 && slot < this.years.length) ? this.years[slot] : null;
	}

	/** The years the province has reports on, in order. */
	public List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (YearSlice slice : this.years) {
			if (slice != null) {
				years.add(slice.year());
			}
		}
		return years;
	}

	/** How many reports the read model holds for the province. */
	public int reports() {
		return this.reports;
	}

	/** The province's resident population, {@code null} when not known. */
	public ProvincePopulation population() {
		return this.population;
	}

	/** Collects one province's agencies, then its reports. */
	static final class Builder {

		private final String code;

		private final int figureCount;

		private final AgencyTable.Builder agencies = new AgencyTable.Builder();

		private final Map<Integer, YearSlice.Builder> years = new TreeMap<>();

		private int reports;

		private ProvincePopulation population;

		private final boolean keepIds;

		Builder(String code, int figureCount) {
			this(code, figureCount, false);
		}

		/**
		 * @param keepIds whether the year slices keep each report's id
		 */
		Builder(String code, int figureCount, boolean keepIds) {
			this.code = code;
			this.figureCount = figureCount;
			this.keepIds = keepIds;
		}

		Builder population(ProvincePopulation population) {
			this.population = population;
			return this;
		}

		void register(AgencyRow agency) {
			this.agencies.register(agency);
		}

		void add(ReportRow report) {
			if (report.year() <= 0 || report.year() > Short.MAX_VALUE) {
				return;
			}
			int agency = this.agencies.agencyOf(report);
			this.years
				.computeIfAbsent(report.year(), (year) -> new YearSlice.Builder(year, this.figureCount, this.keepIds))
				.add(agency, this.agencies.kindOf(agency), report);
			this.reports++;
		}

		ProvinceFigures build() {
			AgencyTable table = this.agencies.build();
			if (this.years.isEmpty()) {
				return new ProvinceFigures(this.code, table, 0, new YearSlice[0], 0, this.population);
			}
			int first = Collections.min(this.years.keySet());
			int last = Collections.max(this.years.keySet());
			YearSlice[] slices = new YearSlice[last - first + 1];
			for (Map.Entry<Integer, YearSlice.Builder> year : this.years.entrySet()) {
				slices[year.getKey() - first] = year.getValue().build();
			}
			this.years.clear();
			return new ProvinceFigures(this.code, table, first, slices, this.reports, this.population);
		}

	}

}
