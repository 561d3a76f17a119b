package io.gongkai.analytics.figures.query;

import java.util.ArrayList;
import java.util.List;

import io.gongkai.analytics.figures.Figure;
import io.gongkai.analytics.figures.FigureCatalogue;
import io.gongkai.analytics.figures.store.Nation;
import io.gongkai.analytics.figures.store.NationalFigures;
import io.gongkai.analytics.figures.store.ProvinceFigures;
import io.gongkai.analytics.figures.store.YearSlice;

import org.springframework.stereotype.Component;

/**
 * A figure over the years, for one province or the nation; kept until the read model
 * changes.
 */
@Component
public class FigureTrend {

	/** A change beyond this factor (or below its inverse) is a jump. */
	static final double JUMP = 5.0;

	private final FigureCatalogue catalogue;

	private final NationalFigures figures;

	private final SnapshotCache<List<TrendView.Point>> cache = new SnapshotCache<>();

	FigureTrend(FigureCatalogue catalogue, NationalFigures figures) {
		this.catalogue = catalogue;
		this.figures = figures;
	}

	/**
	 * @param province the province, or {@code null} for the nation
	 */
	public TrendView trend(Figure figure, String province, int from, int to, Visibility visibility) {
		Nation nation = this.figures.nation();
		List<TrendView.Point> points = this.cache.get(nation, figure.id() + "|" + province + "|" + from + "|" + to,
				() -> points(nation, figure, province, from, to));
		String label = (province != null) ? ProvinceNames.name(province) : "全国";
		return new TrendView(figure, province, label, from, to, figure.isRate() ? "ratio of sums" : "sum", points,
				Freshness.of(nation, this.figures.lastSynced(), visibility));
	}

	private List<TrendView.Point> points(Nation nation, Figure figure, String province, int from, int to) {
		FigureReader reader = new FigureReader(this.catalogue, figure);
		List<TrendView.Point> points = new ArrayList<>();
		double previous = Double.NaN;
		for (int year = from; year <= to; year++) {
			Tally own = new Tally(figure.isRate(), true);
			Tally apart = new Tally(figure.isRate(), false);
			for (ProvinceFigures each : nation.all()) {
				if (province != null && !province.equals(each.code())) {
					continue;
				}
				YearSlice slice = each.year(year);
				if (slice == null) {
					continue;
				}
				for (int report = 0; report < slice.size(); report++) {
					(slice.aggregate(report) ? apart : own).add(reader, slice, report);
				}
			}
			double value = own.raw();
			boolean both = !Double.isNaN(value) && !Double.isNaN(previous);
			double ratio = (both && previous != 0) ? value / previous : Double.NaN;
			points.add(new TrendView.Point(year, own.value(), own.reports(), own.source(),
					both ? Numbers.rounded(value - previous) : null, Numbers.rounded(ratio), isJump(ratio),
					own.quartiles(), ComparisonView.Apart.of(apart)));
			previous = value;
		}
		return List.copyOf(points);
	}

	static boolean isJump(double ratio) {
		return !Double.isNaN(ratio) && (ratio > JUMP || ratio < 1 / JUMP);
	}

}
