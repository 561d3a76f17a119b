package io.gongkai.analytics.trend;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.comparison.ComparisonView;
import io.gongkai.analytics.comparison.FigureComparison;
import io.gongkai.analytics.comparison.PerCapita;
import io.gongkai.analytics.nation.FigureReader;
import io.gongkai.analytics.nation.Freshness;
import io.gongkai.analytics.nation.Nation;
import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.analytics.nation.Numbers;
import io.gongkai.analytics.nation.ProvinceFigures;
import io.gongkai.analytics.nation.ProvinceNames;
import io.gongkai.analytics.nation.PublishedFigures;
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.SnapshotCache;
import io.gongkai.analytics.nation.Tally;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.analytics.nation.YearSlice;

import java.util.ArrayList;
import java.util.List;

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

	private final PublishedFigures published;

	private final SnapshotCache<List<TrendView.Point>> cache = new SnapshotCache<>();

	private final SnapshotCache<List<TrendView.Point>> publishedCache = new SnapshotCache<>();

	FigureTrend(FigureCatalogue catalogue, NationalFigures figures, PublishedFigures published) {
		this.catalogue = catalogue;
		this.figures = figures;
		this.published = published;
	}

	/**
	 * The same trend over the published figures only (each report's last published
	 * version), for the public.
	 * @param province the province, or {@code null} for the nation
	 */
	public TrendView trendPublished(Figure figure, String province, int from, int to) {
		Nation nation = this.published.nation();
		List<TrendView.Point> points = this.publishedCache.get(nation,
				figure.id() + "|" + province + "|" + from + "|" + to, () -> points(nation, figure, province, from, to));
		String label = (province != null) ? ProvinceNames.name(province) : "全国";
		return new TrendView(figure, province, label, from, to, FigureComparison.aggregation(figure), points,
				Freshness.of(nation, this.published.lastSynced(), Visibility.nation()));
	}

	/**
	 * @param province the province, or {@code null} for the nation
	 */
	public TrendView trend(Figure figure, String province, int from, int to, Visibility visibility) {
		Nation nation = this.figures.nation();
		List<TrendView.Point> points = this.cache.get(nation, figure.id() + "|" + province + "|" + from + "|" + to,
				() -> points(nation, figure, province, from, to));
		String label = (province != null) ? ProvinceNames.name(province) : "全国";
		return new TrendView(figure, province, label, from, to, FigureComparison.aggregation(figure), points,
				Freshness.of(nation, this.figures.lastSynced(), visibility));
	}

	private List<TrendView.Point> points(Nation nation, Figure figure, String province, int from, int to) {
		FigureReader reader = new FigureReader(this.catalogue, figure);
		List<TrendView.Point> points = new ArrayList<>();
		double previous = Double.NaN;
		boolean perCapita = figure.isPerCapita();
		for (int year = from; year <= to; year++) {
			Tally own = new Tally(figure.isRate(), !perCapita);
			Tally apart = new Tally(figure.isRate(), false);
			PerCapita.Nation perCapitaNation = new PerCapita.Nation();
			for (ProvinceFigures each : nation.all()) {
				if (province != null && !province.equals(each.code())) {
					continue;
				}
				YearSlice slice = each.year(year);
				if (slice == null) {
					continue;
				}
				Tally provinceOwn = new Tally(figure.isRate(), false);
				Tally provinceApart = new Tally(figure.isRate(), false);
				for (int report = 0; report < slice.size(); report++) {
					boolean aggregate = slice.aggregate(report);
					if ((aggregate ? apart : own).add(reader, slice, report)) {
						(aggregate ? provinceApart : provinceOwn).add(reader, slice, report);
					}
				}
				perCapitaNation.add(provinceOwn, provinceApart, each.population());
			}
			TrendView.Point point = perCapita ? perCapitaPoint(year, perCapitaNation, previous)
					: point(year, own, apart, previous);
			points.add(point);
			previous = (point.value() != null) ? (perCapita ? perCapitaNation.value() : own.raw()) : Double.NaN;
		}
		return List.copyOf(points);
	}

	private static TrendView.Point point(int year, Tally own, Tally apart, double previous) {
		double value = own.raw();
		boolean both = !Double.isNaN(value) && !Double.isNaN(previous);
		double ratio = (both && previous != 0) ? value / previous : Double.NaN;
		return new TrendView.Point(year, own.value(), own.reports(), own.source(), own.qualified(),
				both ? Numbers.rounded(value - previous) : null, Numbers.rounded(ratio), isJump(ratio), own.quartiles(),
				ComparisonView.Apart.of(apart));
	}

	/**
	 * A year of a figure per capita: over the provinces (of the trend) whose population
	 * is known; no quartiles of reports.
	 */
	private static TrendView.Point perCapitaPoint(int year, PerCapita.Nation nation, double previous) {
		double value = nation.value();
		boolean both = !Double.isNaN(value) && !Double.isNaN(previous);
		double ratio = (both && previous != 0) ? value / previous : Double.NaN;
		ComparisonView.National national = nation.national(Quartiles.NONE, 0);
		return new TrendView.Point(year, Numbers.rounded(value), nation.reports(), nation.source(), nation.qualified(),
				both ? Numbers.rounded(value - previous) : null, Numbers.rounded(ratio), isJump(ratio), Quartiles.NONE,
				national.aggregates());
	}

	public static boolean isJump(double ratio) {
		return !Double.isNaN(ratio) && (ratio > JUMP || ratio < 1 / JUMP);
	}

}
