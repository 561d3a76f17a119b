package io.gongkai.analytics.outliers;

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
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.Tally;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.analytics.nation.YearSlice;
import io.gongkai.analytics.trend.FigureTrend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Finds what an analyst should look at twice on one year: provinces outside the national
 * fences, jumps from the previous year, carry-over breaks.
 */
@Component
class OutlierSearch {

	/** Tukey's factor for the fences. */
	static final double FENCE = 1.5;

	private final FigureCatalogue catalogue;

	private final NationalFigures figures;

	private final int carriedForward;

	private final int carriedOver;

	OutlierSearch(FigureCatalogue catalogue, NationalFigures figures) {
		this.catalogue = catalogue;
		this.figures = figures;
		this.carriedForward = catalogue.column("requests.carried_forward");
		this.carriedOver = catalogue.column("requests.carried_over");
	}

	public OutliersView outliers(Figure figure, int year, Visibility visibility) {
		Nation nation = this.figures.nation();
		FigureReader reader = new FigureReader(this.catalogue, figure);
		List<ProvinceFigures> provinces = new ArrayList<>(nation.all());
		Tally[] current = new Tally[provinces.size()];
		Tally[] previous = new Tally[provinces.size()];
		double[] values = new double[provinces.size()];
		int valued = 0;
		for (int p = 0; p < provinces.size(); p++) {
			current[p] = own(reader, provinces.get(p).year(year));
			previous[p] = own(reader, provinces.get(p).year(year - 1));
			if (!Double.isNaN(current[p].raw())) {
				values[valued++] = current[p].raw();
			}
		}
		Quartiles quartiles = Quartiles.of(Arrays.copyOf(values, valued), valued);
		Double iqr = quartiles.iqr();
		Double low = (iqr != null) ? Numbers.rounded(quartiles.q1() - FENCE * iqr) : null;
		Double high = (iqr != null) ? Numbers.rounded(quartiles.q3() + FENCE * iqr) : null;
		List<OutliersView.Province> rows = new ArrayList<>();
		List<OutliersView.AgencyJump> jumps = new ArrayList<>();
		List<OutliersView.CarryOverBreak> breaks = new ArrayList<>();
		int jumpCount = 0;
		int breakCount = 0;
		for (int p = 0; p < provinces.size(); p++) {
			ProvinceFigures province = provinces.get(p);
			if (!visibility.sees(province.code())) {
				continue;
			}
			int agencyJumps = agencyJumps(reader, province, year, jumps);
			int carryOverBreaks = carryOverBreaks(province, year, breaks);
			jumpCount += agencyJumps;
			breakCount += carryOverBreaks;
			double value = current[p].raw();
			double before = previous[p].raw();
			double ratio = (!Double.isNaN(value) && before > 0) ? value / before : Double.NaN;
			String outside = null;
			if (!Double.isNaN(value) && low != null) {
				outside = (value < quartiles.q1() - FENCE * iqr) ? "below"
						: (value > quartiles.q3() + FENCE * iqr) ? "above" : null;
			}
			rows.add(new OutliersView.Province(province.code(), ProvinceNames.name(province.code()), current[p].value(),
					current[p].reports(), outside, previous[p].value(), Numbers.rounded(ratio),
					FigureTrend.isJump(ratio), agencyJumps, carryOverBreaks));
		}
		jumps.sort(Comparator.comparingDouble((OutliersView.AgencyJump jump) -> -Math.abs(Math.log(jump.ratio())))
			.thenComparing(OutliersView.AgencyJump::agencyId));
		breaks.sort(Comparator
			.comparingDouble((OutliersView.CarryOverBreak each) -> -Math
				.abs(each.carriedForwardLastYear() - each.carriedOverThisYear()))
			.thenComparing(OutliersView.CarryOverBreak::agencyId));
		return new OutliersView(figure, year,
				new OutliersView.Fences(quartiles.q1(), quartiles.q3(), low, high, valued), rows, limited(jumps),
				jumpCount, limited(breaks), breakCount, Freshness.of(nation, this.figures.lastSynced(), visibility));
	}

	private static Tally own(FigureReader reader, YearSlice slice) {
		Tally tally = new Tally(reader.rate(), false);
		if (slice != null) {
			for (int report = 0; report < slice.size(); report++) {
				if (!slice.aggregate(report)) {
					tally.add(reader, slice, report);
				}
			}
		}
		return tally;
	}

	private static int agencyJumps(FigureReader reader, ProvinceFigures province, int year,
			List<OutliersView.AgencyJump> jumps) {
		YearSlice now = province.year(year);
		YearSlice before = province.year(year - 1);
		if (now == null || before == null) {
			return 0;
		}
		AgencyTable agencies = province.agencies();
		double[] previous = new double[agencies.size()];
		Arrays.fill(previous, Double.NaN);
		for (int report = 0; report < before.size(); report++) {
			double value = reader.value(before, report);
			if (!Double.isNaN(value)) {
				previous[before.agency(report)] = value;
			}
		}
		int count = 0;
		for (int report = 0; report < now.size(); report++) {
			int agency = now.agency(report);
			double value = reader.value(now, report);
			double last = previous[agency];
			if (Double.isNaN(value) || !(last > 0)) {
				continue;
			}
			double ratio = value / last;
			if (FigureTrend.isJump(ratio)) {
				count++;
				jumps.add(new OutliersView.AgencyJump(province.code(), agencies.id(agency), agencies.name(agency),
						Codes.scopeName(now.scope(report)), Numbers.rounded(last), Numbers.rounded(value),
						Numbers.rounded(ratio)));
			}
		}
		return count;
	}

	private int carryOverBreaks(ProvinceFigures province, int year, List<OutliersView.CarryOverBreak> breaks) {
		YearSlice now = province.year(year);
		YearSlice before = province.year(year - 1);
		if (now == null || before == null || !now.states(this.carriedOver) || !before.states(this.carriedForward)) {
			return 0;
		}
		AgencyTable agencies = province.agencies();
		double[] forward = new double[agencies.size()];
		Arrays.fill(forward, Double.NaN);
		for (int report = 0; report < before.size(); report++) {
			double value = before.value(this.carriedForward, report);
			if (!Double.isNaN(value)) {
				forward[before.agency(report)] = value;
			}
		}
		int count = 0;
		for (int report = 0; report < now.size(); report++) {
			int agency = now.agency(report);
			double over = now.value(this.carriedOver, report);
			if (!Double.isNaN(over) && !Double.isNaN(forward[agency]) && over != forward[agency]) {
				count++;
				breaks.add(new OutliersView.CarryOverBreak(province.code(), agencies.id(agency), agencies.name(agency),
						forward[agency], over));
			}
		}
		return count;
	}

	private static <T> List<T> limited(List<T> items) {
		return (items.size() > OutliersView.LIMIT) ? List.copyOf(items.subList(0, OutliersView.LIMIT))
				: List.copyOf(items);
	}

}
