package io.gongkai.analytics.comparison;

import io.gongkai.analytics.catalogue.Comparability;
import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.nation.AgencyTable;
import io.gongkai.analytics.nation.Codes;
import io.gongkai.analytics.nation.FigureReader;
import io.gongkai.analytics.nation.Freshness;
import io.gongkai.analytics.nation.Grouping;
import io.gongkai.analytics.nation.Nation;
import io.gongkai.analytics.nation.NationalFigures;
import io.gongkai.analytics.nation.Numbers;
import io.gongkai.analytics.nation.ProvinceFigures;
import io.gongkai.analytics.nation.ProvinceNames;
import io.gongkai.analytics.nation.ProvincePopulation;
import io.gongkai.analytics.nation.PublishedFigures;
import io.gongkai.analytics.nation.Quartiles;
import io.gongkai.analytics.nation.SnapshotCache;
import io.gongkai.analytics.nation.Tally;
import io.gongkai.analytics.nation.Visibility;
import io.gongkai.analytics.nation.YearSlice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Compares one figure on one year across provinces, levels or kinds of body, scanning the
 * read model's columns once. A comparison is kept until the read model changes, so that
 * the same question asked again (by another analyst, or for an export) is answered
 * without a scan.
 */
@Component
public class FigureComparison {

	private final FigureCatalogue catalogue;

	private final NationalFigures figures;

	private final PublishedFigures published;

	private final SnapshotCache<Computed> cache = new SnapshotCache<>();

	private final SnapshotCache<Computed> publishedCache = new SnapshotCache<>();

	FigureComparison(FigureCatalogue catalogue, NationalFigures figures, PublishedFigures published) {
		this.catalogue = catalogue;
		this.figures = figures;
		this.published = published;
	}

	/**
	 * The same comparison by province over the published figures only (each report's last
	 * published version), for the public.
	 */
	public ComparisonView comparePublished(Figure figure, int year) {
		Nation nation = this.published.nation();
		Computed computed = this.publishedCache.get(nation, figure.id() + "|" + year,
				() -> compute(nation, figure, year, Grouping.province, null));
		return new ComparisonView(figure, year, Grouping.province, null, aggregation(figure), computed.rows(),
				computed.national(), computed.caution(),
				Freshness.of(nation, this.published.lastSynced(), Visibility.nation()));
	}

	/**
	 * @param figure the figure
	 * @param year the year
	 * @param by what the rows are
	 * @param province limits the rows (not the national figures) to one province, or
	 * {@code null}
	 * @param visibility whose province rows the caller may see
	 */
	public ComparisonView compare(Figure figure, int year, Grouping by, String province, Visibility visibility) {
		Nation nation = this.figures.nation();
		Map<String, Instant> synced = this.figures.lastSynced();
		Computed computed = this.cache.get(nation, figure.id() + "|" + year + "|" + by + "|" + province,
				() -> compute(nation, figure, year, by, province));
		List<ComparisonView.Row> rows = new ArrayList<>();
		for (ComparisonView.Row row : computed.rows()) {
			if (by != Grouping.province) {
				rows.add(row);
			}
			else if (visibility.sees(row.key())) {
				rows.add(row.withLastSyncedAt(synced.get(row.key())));
			}
		}
		return new ComparisonView(figure, year, by, province, aggregation(figure), rows, computed.national(),
				computed.caution(), Freshness.of(nation, synced, visibility));
	}

	public static String aggregation(Figure figure) {
		return switch (figure.kind()) {
			case count -> "sum";
			case rate -> "ratio of sums";
			case per_capita -> "sum per " + PerCapita.PER + " inhabitants";
		};
	}

	private Computed compute(Nation nation, Figure figure, int year, Grouping by, String province) {
		if (figure.isPerCapita() && by != Grouping.province) {
			throw new IllegalArgumentException(figure.id() + " is compared by province only");
		}
		FigureReader reader = new FigureReader(this.catalogue, figure);
		boolean perCapita = figure.isPerCapita();
		List<ProvinceFigures> provinces = new ArrayList<>(nation.all());
		List<String> keys = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		rowsOf(by, provinces, keys, labels);
		Tally[] own = new Tally[keys.size()];
		Tally[] apart = new Tally[keys.size()];
		for (int row = 0; row < own.length; row++) {
			own[row] = new Tally(figure.isRate(), !perCapita);
			apart[row] = new Tally(figure.isRate(), false);
		}
		Tally nationalOwn = new Tally(figure.isRate(), !perCapita);
		Tally nationalApart = new Tally(figure.isRate(), false);
		PerCapita.Nation perCapitaNation = new PerCapita.Nation();
		for (int p = 0; p < provinces.size(); p++) {
			ProvinceFigures each = provinces.get(p);
			YearSlice slice = each.year(year);
			if (slice == null || !reader.statedIn(slice)) {
				continue;
			}
			boolean inRows = province == null || province.equals(each.code());
			AgencyTable agencies = each.agencies();
			Tally provinceOwn = new Tally(false, false);
			Tally provinceApart = new Tally(false, false);
			for (int report = 0; report < slice.size(); report++) {
				if (!slice.hasFigures(report)) {
					continue;
				}
				double above = reader.numerator(slice, report);
				double below = Double.isNaN(above) ? Double.NaN : reader.denominator(slice, report);
				if (Double.isNaN(below)) {
					continue;
				}
				boolean aggregate = slice.aggregate(report);
				boolean template = slice.template(report);
				byte qualifiers = reader.qualifiers(slice, report);
				(aggregate ? nationalApart : nationalOwn).add(above, below, template, qualifiers);
				(aggregate ? provinceApart : provinceOwn).add(above, below, template, qualifiers);
				if (inRows) {
					int row = switch (by) {
						case province -> p;
						case level -> slot(agencies.level(slice.agency(report)), Codes.levels());
						case kind -> slot(slice.kind(report), Codes.kinds());
					};
					(aggregate ? apart[row] : own[row]).add(above, below, template, qualifiers);
				}
			}
			perCapitaNation.add(provinceOwn, provinceApart, each.population());
		}
		double[] rowValues = new double[own.length];
		double[] values = new double[own.length];
		int valued = 0;
		for (int row = 0; row < own.length; row++) {
			rowValues[row] = perCapita ? PerCapita.of(own[row].raw(), provinces.get(row).population()) : own[row].raw();
			if (!Double.isNaN(rowValues[row])) {
				values[valued++] = rowValues[row];
			}
		}
		List<ComparisonView.Row> rows = new ArrayList<>();
		for (int row = 0; row < own.length; row++) {
			boolean unknownAndEmpty = keys.get(row).equals("unknown") && own[row].reports() == 0
					&& apart[row].reports() == 0;
			if (unknownAndEmpty) {
				continue;
			}
			ComparisonView.Apart aggregates = ComparisonView.Apart.of(apart[row]);
			ComparisonView.Population population = null;
			if (perCapita) {
				ProvincePopulation known = provinces.get(row).population();
				aggregates = new ComparisonView.Apart(Numbers.rounded(PerCapita.of(apart[row].raw(), known)),
						apart[row].reports(), apart[row].qualified());
				population = ComparisonView.Population.of(known);
			}
			rows.add(new ComparisonView.Row(keys.get(row), labels.get(row), Numbers.rounded(rowValues[row]),
					own[row].reports(), own[row].legacyReports(), own[row].templateReports(), own[row].source(),
					own[row].qualified(), perCapita ? Quartiles.NONE : own[row].quartiles(), rank(rowValues, row),
					aggregates, population, null));
		}
		ComparisonView.National national = perCapita ? perCapitaNation.national(Quartiles.of(values, valued), valued)
				: new ComparisonView.National(nationalOwn.value(), nationalOwn.reports(), nationalOwn.source(),
						nationalOwn.qualified(), nationalOwn.quartiles(), Quartiles.of(values, valued), valued,
						ComparisonView.Apart.of(nationalApart), null);
		String caution = ("mixed".equals(nationalOwn.source())
				&& figure.comparability() == Comparability.not_comparable)
						? "Legacy and template values of this figure are not comparable: " + figure.noteEn() : null;
		return new Computed(List.copyOf(rows), national, caution);
	}

	private static void rowsOf(Grouping by, List<ProvinceFigures> provinces, List<String> keys, List<String> labels) {
		switch (by) {
			case province -> provinces.forEach((each) -> {
				keys.add(each.code());
				labels.add(ProvinceNames.name(each.code()));
			});
			case level -> {
				for (byte level = 0; level < Codes.levels(); level++) {
					keys.add(Codes.levelName(level));
					labels.add(Codes.levelLabel(level));
				}
				keys.add("unknown");
				labels.add(Codes.levelLabel(Codes.UNKNOWN));
			}
			case kind -> {
				for (byte kind = 0; kind < Codes.kinds(); kind++) {
					keys.add(Codes.kindName(kind));
					labels.add(Codes.kindLabel(kind));
				}
				keys.add("unknown");
				labels.add(Codes.kindLabel(Codes.UNKNOWN));
			}
		}
	}

	/** Competition ranking among rows with a value: 1 for the highest, ties share. */
	static Integer rank(double[] rows, int row) {
		double value = rows[row];
		if (Double.isNaN(value)) {
			return null;
		}
		int higher = 0;
		for (double theirs : rows) {
			if (!Double.isNaN(theirs) && theirs > value) {
				higher++;
			}
		}
		return higher + 1;
	}

	private static int slot(byte code, int known) {
		return (code >= 0 && code < known) ? code : known;
	}

	/** A comparison with every row, before the caller's visibility and freshness. */
	private record Computed(List<ComparisonView.Row> rows, ComparisonView.National national, String caution) {

	}

}
