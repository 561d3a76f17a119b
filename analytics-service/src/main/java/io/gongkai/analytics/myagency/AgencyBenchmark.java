package io.gongkai.analytics.myagency;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.nation.AgencyTable;
import io.gongkai.analytics.nation.Codes;
import io.gongkai.analytics.nation.FigureReader;
import io.gongkai.analytics.nation.Freshness;
import io.gongkai.analytics.nation.Nation;
import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.analytics.nation.Numbers;
import io.gongkai.analytics.nation.ProvinceFigures;
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.SnapshotCache;
import io.gongkai.analytics.nation.Tally;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.analytics.nation.YearSlice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * An agency's figures against its province's and the nation's medians. National medians
 * are kept until the read model changes, since every reporter of the nation asks for the
 * same ones.
 */
@Component
class AgencyBenchmark {

	private final FigureCatalogue catalogue;

	private final NationalFigures figures;

	private final SnapshotCache<Quartiles> nationalQuartiles = new SnapshotCache<>();

	AgencyBenchmark(FigureCatalogue catalogue, NationalFigures figures) {
		this.catalogue = catalogue;
		this.figures = figures;
	}

	/**
	 * The latest year the agency has a report on, or {@code null}.
	 */
	public Integer latestYear(String province, String agencyId) {
		ProvinceFigures figures = this.figures.nation().province(province);
		int agency = (figures != null) ? figures.agencies().indexOf(agencyId) : -1;
		if (agency < 0) {
			return null;
		}
		List<Integer> years = figures.years();
		for (int i = years.size() - 1; i >= 0; i--) {
			if (report(figures.year(years.get(i)), agency) >= 0) {
				return years.get(i);
			}
		}
		return null;
	}

	public MyAgencyView agency(String province, String agencyId, int year) {
		Nation nation = this.figures.nation();
		ProvinceFigures figures = nation.province(province);
		AgencyTable agencies = (figures != null) ? figures.agencies() : null;
		int agency = (agencies != null) ? agencies.indexOf(agencyId) : -1;
		YearSlice slice = (figures != null) ? figures.year(year) : null;
		int report = (agency >= 0) ? report(slice, agency) : -1;
		byte scope = (report >= 0) ? slice.scope(report) : (agency >= 0) ? agencies.scope(agency) : Codes.OWN;
		List<MyAgencyView.Line> lines = new ArrayList<>();
		for (Figure figure : this.catalogue.figures()) {
			if (figure.isPerCapita()) {
				// a province's figure: an agency has no population of its own
				continue;
			}
			FigureReader reader = new FigureReader(this.catalogue, figure);
			Quartiles inProvince = quartiles(reader, (figures != null) ? List.of(figures) : List.of(), year, scope);
			Quartiles inNation = this.nationalQuartiles.get(nation, figure.id() + "|" + year + "|" + scope,
					() -> quartiles(reader, nation.all(), year, scope));
			Double value = (report >= 0) ? Numbers.rounded(reader.value(slice, report)) : null;
			lines.add(new MyAgencyView.Line(figure.id(), figure.name(), figure.unit(), figure.kind(),
					figure.comparability(), value, inProvince.median(), inProvince.count(), inNation.median(),
					inNation.count()));
		}
		String name = (agency >= 0) ? agencies.name(agency) : agencyId;
		Boolean onTime = null;
		if (report >= 0 && slice.timeliness(report) != Codes.UNKNOWN) {
			onTime = slice.timeliness(report) == Codes.ON_TIME;
		}
		return new MyAgencyView(agencyId, name, province, year, Codes.scopeName(scope),
				(report >= 0) ? Codes.statusName(slice.status(report)) : null, onTime,
				(report >= 0) ? Codes.formatName(slice.format(report)) : null, lines,
				Freshness.of(nation, this.figures.lastSynced(), Visibility.province(province)));
	}

	/** The agency's report on the slice: the one with accepted figures if any. */
	private static int report(YearSlice slice, int agency) {
		if (slice == null) {
			return -1;
		}
		int found = -1;
		for (int report = 0; report < slice.size(); report++) {
			if (slice.agency(report) == agency) {
				if (slice.hasFigures(report)) {
					return report;
				}
				found = report;
			}
		}
		return found;
	}

	private static Quartiles quartiles(FigureReader reader, Iterable<ProvinceFigures> provinces, int year, byte scope) {
		Tally tally = new Tally(reader.rate(), true);
		for (ProvinceFigures province : provinces) {
			YearSlice slice = province.year(year);
			if (slice == null || !reader.statedIn(slice)) {
				continue;
			}
			for (int report = 0; report < slice.size(); report++) {
				if (slice.scope(report) == scope) {
					tally.add(reader, slice, report);
				}
			}
		}
		return tally.quartiles();
	}

}
