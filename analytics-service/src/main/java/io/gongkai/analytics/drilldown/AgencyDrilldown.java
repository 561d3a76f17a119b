package io.gongkai.analytics.drilldown;

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
import io.gongkai.analytics.nation.ProvinceNames;
import io.gongkai.analytics.nation.Tally;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.analytics.nation.YearSlice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * One province's agencies on one figure and year.
 */
@Component
class AgencyDrilldown {

	private final FigureCatalogue catalogue;

	private final NationalFigures figures;

	AgencyDrilldown(FigureCatalogue catalogue, NationalFigures figures) {
		this.catalogue = catalogue;
		this.figures = figures;
	}

	public DrilldownView agencies(Figure figure, int year, String province, Visibility visibility) {
		Nation nation = this.figures.nation();
		FigureReader reader = new FigureReader(this.catalogue, figure);
		Tally nationOwn = new Tally(figure.isRate(), true);
		Tally nationApart = new Tally(figure.isRate(), false);
		for (ProvinceFigures each : nation.all()) {
			YearSlice slice = each.year(year);
			if (slice != null) {
				for (int report = 0; report < slice.size(); report++) {
					(slice.aggregate(report) ? nationApart : nationOwn).add(reader, slice, report);
				}
			}
		}
		Tally own = new Tally(figure.isRate(), true);
		Tally apart = new Tally(figure.isRate(), false);
		List<DrilldownView.Agency> rows = new ArrayList<>();
		List<DrilldownView.Missing> missing = new ArrayList<>();
		ProvinceFigures figures = nation.province(province);
		if (figures != null) {
			AgencyTable agencies = figures.agencies();
			YearSlice slice = figures.year(year);
			boolean[] submitted = new boolean[agencies.size()];
			double[] ownValues = new double[(slice != null) ? slice.size() : 0];
			int valued = 0;
			if (slice != null) {
				for (int report = 0; report < slice.size(); report++) {
					(slice.aggregate(report) ? apart : own).add(reader, slice, report);
					double value = reader.value(slice, report);
					if (!slice.aggregate(report) && !Double.isNaN(value)) {
						ownValues[valued++] = value;
					}
					if (slice.submitted(report)) {
						submitted[slice.agency(report)] = true;
					}
				}
				Arrays.sort(ownValues, 0, valued);
				for (int report = 0; report < slice.size(); report++) {
					int agency = slice.agency(report);
					double value = reader.value(slice, report);
					Integer rank = null;
					if (!slice.aggregate(report) && !Double.isNaN(value)) {
						rank = 1 + valued - above(ownValues, valued, value);
					}
					byte timeliness = slice.timeliness(report);
					rows.add(new DrilldownView.Agency(agencies.id(agency), agencies.name(agency),
							Codes.levelName(agencies.level(agency)), Codes.kindName(slice.kind(report)),
							Codes.scopeName(slice.scope(report)), Codes.statusName(slice.status(report)),
							(timeliness == Codes.UNKNOWN) ? null : timeliness == Codes.ON_TIME,
							Codes.formatName(slice.format(report)), Numbers.rounded(value),
							Double.isNaN(value) ? null : qualifierName(reader.qualifiers(slice, report)), rank));
				}
			}
			for (int agency = 0; agency < agencies.size(); agency++) {
				if (agencies.expectedIn(agency, year) && !submitted[agency]) {
					missing.add(new DrilldownView.Missing(agencies.id(agency), agencies.name(agency)));
				}
			}
		}
		rows.sort(Comparator.comparing(DrilldownView.Agency::value, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(DrilldownView.Agency::agencyName));
		return new DrilldownView(figure, year, province, ProvinceNames.name(province),
				DrilldownView.Summary.of(own, apart), DrilldownView.Summary.of(nationOwn, nationApart), rows, missing,
				Freshness.of(nation, this.figures.lastSynced(), visibility));
	}

	/** {@code at_least}, {@code approx}, both, or {@code null} when exact. */
	static String qualifierName(byte qualifiers) {
		boolean atLeast = (qualifiers & Codes.AT_LEAST) != 0;
		boolean approx = (qualifiers & Codes.APPROX) != 0;
		if (atLeast && approx) {
			return "at_least,approx";
		}
		return atLeast ? "at_least" : approx ? "approx" : null;
	}

	/** The position of the first sorted value above {@code value}. */
	private static int above(double[] sorted, int count, double value) {
		int low = 0;
		int high = count;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] <= value) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
