package io.gongkai.analytics.publicfigures;

import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureCatalogue;
import io.gongkai.analytics.comparison.ComparisonView;
import io.gongkai.analytics.comparison.FigureComparison;
import io.gongkai.analytics.nation.AgencyTable;
import io.gongkai.analytics.nation.Codes;
import io.gongkai.analytics.nation.FigureReader;
import io.gongkai.analytics.nation.Nation;
import io.gongkai.analytics.nation.Numbers;
import io.gongkai.analytics.nation.ProvinceFigures;
import io.gongkai.analytics.nation.ProvinceNames;
import io.gongkai.analytics.nation.PublishedFigures;
import io.gongkai.analytics.nation.SnapshotCache;
import io.gongkai.analytics.nation.YearSlice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The agencies that make up a figure of the published reports: every own-scope published
 * report of the year that states it, in the nation or one province, exactly those the
 * comparison adds up (an aggregate report is counted apart, never added), each with its
 * value and its report. A figure per 10,000 inhabitants lists only the agencies of the
 * provinces whose population is known, as its value counts them, and names the provinces
 * left out. The sorted list is kept until the published figures change.
 */
@Component
class PublishedContributors {

	private static final Collator PINYIN = Collator.getInstance(Locale.CHINA);

	private final FigureCatalogue catalogue;

	private final PublishedFigures published;

	private final FigureComparison comparison;

	private final SnapshotCache<Listed> cache = new SnapshotCache<>();

	PublishedContributors(FigureCatalogue catalogue, PublishedFigures published, FigureComparison comparison) {
		this.catalogue = catalogue;
		this.published = published;
		this.comparison = comparison;
	}

	/**
	 * One page of the agencies making up the figure.
	 * @param province a province's code, or {@code null} for the nation
	 * @param page from 0
	 * @param size agencies per page
	 */
	PublicContributors of(Figure figure, int year, String province, int page, int size) {
		Nation nation = this.published.nation();
		Listed listed = this.cache.get(nation, figure.id() + "|" + year + "|" + province,
				() -> list(nation, figure, year, province));
		ComparisonView view = this.comparison.comparePublished(figure, year);
		Double value = (province == null) ? view.national().value()
				: view.rows()
					.stream()
					.filter((row) -> row.key().equals(province))
					.findFirst()
					.map(ComparisonView.Row::value)
					.orElse(null);
		List<PublicContributors.Part> parts = parts(figure);
		String link = figure.isPerCapita() ? figure.numerator().get(0) : figure.id();
		List<PublicContributors.Agency> agencies = new ArrayList<>();
		int from = (int) Math.min((long) page * size, listed.rows().size());
		int to = Math.min(from + size, listed.rows().size());
		for (Row row : listed.rows().subList(from, to)) {
			agencies.add(agency(figure, row, parts, link));
		}
		boolean any = !listed.rows().isEmpty();
		return new PublicContributors(PublicFigure.of(figure), year, province,
				(province != null) ? ProvinceNames.name(province) : "全国", FigureComparison.aggregation(figure), value,
				any ? Numbers.rounded(listed.numerator()) : null,
				(any && figure.isRate()) ? Numbers.rounded(listed.denominator()) : null, parts, listed.rows().size(),
				listed.aggregates(), figure.isPerCapita() ? listed.residents() : null, listed.withoutPopulation(), page,
				size, PublicContributors.ORDER, List.copyOf(agencies));
	}

	private Listed list(Nation nation, Figure figure, int year, String province) {
		FigureReader reader = new FigureReader(this.catalogue, figure);
		List<Row> rows = new ArrayList<>();
		int aggregates = 0;
		double numerator = 0;
		double denominator = 0;
		long residents = 0;
		List<PublicContributors.LeftOut> withoutPopulation = new ArrayList<>();
		for (ProvinceFigures each : nation.all()) {
			YearSlice slice = each.year(year);
			if ((province != null && !province.equals(each.code())) || slice == null || !reader.statedIn(slice)) {
				continue;
			}
			if (figure.isPerCapita() && !hasPopulation(each)) {
				int stating = stating(reader, slice);
				if (stating > 0) {
					withoutPopulation
						.add(new PublicContributors.LeftOut(each.code(), ProvinceNames.name(each.code()), stating));
				}
				continue;
			}
			int listedBefore = rows.size();
			for (int report = 0; report < slice.size(); report++) {
				if (!slice.hasFigures(report)) {
					continue;
				}
				double above = reader.numerator(slice, report);
				double below = Double.isNaN(above) ? Double.NaN : reader.denominator(slice, report);
				if (Double.isNaN(below)) {
					continue;
				}
				if (slice.aggregate(report)) {
					aggregates++;
					continue;
				}
				numerator += above;
				denominator += below;
				double value = figure.isRate() ? ((below > 0) ? 100.0 * above / below : Double.NaN) : above;
				rows.add(new Row(each, slice, report, value, above, below, reader.qualifiers(slice, report)));
			}
			if (figure.isPerCapita() && rows.size() > listedBefore) {
				residents += each.population().residents();
			}
		}
		rows.sort(Comparator.comparingDouble((Row row) -> Double.isNaN(row.value()) ? 1 : 0)
			.thenComparing(Comparator.comparingDouble(Row::value).reversed())
			.thenComparing((row) -> row.province().code())
			.thenComparing(Row::agencyName, PINYIN));
		return new Listed(List.copyOf(rows), aggregates, numerator, denominator, (residents > 0) ? residents : null,
				List.copyOf(withoutPopulation));
	}

	private static boolean hasPopulation(ProvinceFigures province) {
		return province.population() != null && province.population().residents() > 0;
	}

	/** How many own-scope reports of the slice state the figure. */
	private static int stating(FigureReader reader, YearSlice slice) {
		int stating = 0;
		for (int report = 0; report < slice.size(); report++) {
			if (slice.hasFigures(report) && !slice.aggregate(report)
					&& !Double.isNaN(reader.numerator(slice, report))) {
				stating++;
			}
		}
		return stating;
	}

	private PublicContributors.Agency agency(Figure figure, Row row, List<PublicContributors.Part> parts,
			String figureOfLink) {
		YearSlice slice = row.slice();
		AgencyTable agencies = row.province().agencies();
		int agency = slice.agency(row.report());
		Map<String, Double> values = new LinkedHashMap<>();
		for (PublicContributors.Part part : parts) {
			values.put(part.id(), Numbers.rounded(slice.value(this.catalogue.column(part.id()), row.report())));
		}
		String reportId = slice.reportId(row.report());
		return new PublicContributors.Agency(reportId, agencies.id(agency), agencies.name(agency),
				row.province().code(), ProvinceNames.name(row.province().code()),
				level(agencies.level(agency), agencies.id(agency)),
				(slice.kind(row.report()) == Codes.UNKNOWN) ? null : Codes.kindName(slice.kind(row.report())),
				figure.isPerCapita() ? null : Numbers.rounded(row.value()), qualifier(row.qualifiers()),
				Numbers.rounded(row.numerator()), figure.isRate() ? Numbers.rounded(row.denominator()) : null, values,
				(reportId != null) ? PublicLinks.report(reportId, figureOfLink) : null);
	}

	private List<PublicContributors.Part> parts(Figure figure) {
		if (!figure.isComputed()) {
			return List.of();
		}
		List<PublicContributors.Part> parts = new ArrayList<>();
		figure.numerator().forEach((id) -> parts.add(part(id, "numerator")));
		figure.denominator().forEach((id) -> parts.add(part(id, "denominator")));
		return List.copyOf(parts);
	}

	private PublicContributors.Part part(String id, String side) {
		Figure counted = this.catalogue.require(id);
		return new PublicContributors.Part(id, counted.name(), counted.nameEn(), counted.unit(), side);
	}

	/**
	 * The registry's level, else the one the agency id's region code tells (…0000 a
	 * province, …00 a prefecture, else a county); {@code null} when neither says.
	 */
	static String level(byte registered, String agencyId) {
		if (registered != Codes.UNKNOWN) {
			return Codes.levelName(registered);
		}
		if (agencyId == null || agencyId.length() < 6
				|| !agencyId.substring(0, 6).chars().allMatch(Character::isDigit)) {
			return null;
		}
		String region = agencyId.substring(0, 6);
		return region.endsWith("0000") ? "province" : region.endsWith("00") ? "prefecture" : "county";
	}

	/** {@code at_least}, {@code approx}, both, or {@code null} when exact. */
	private static String qualifier(byte qualifiers) {
		boolean atLeast = (qualifiers & Codes.AT_LEAST) != 0;
		boolean approx = (qualifiers & Codes.APPROX) != 0;
		if (atLeast && approx) {
			return "at_least,approx";
		}
		return atLeast ? "at_least" : approx ? "approx" : null;
	}

	private record Row(ProvinceFigures province, YearSlice slice, int report, double value, double numerator,
			double denominator, byte qualifiers) {

		String agencyName() {
			return this.province.agencies().name(this.slice.agency(this.report));
		}

	}

	private record Listed(List<Row> rows, int aggregates, double numerator, double denominator, Long residents,
			List<PublicContributors.LeftOut> withoutPopulation) {

	}

}
