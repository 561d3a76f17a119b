package io.gongkai.report.published;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.glossary.FigureReading;
import io.gongkai.report.glossary.Glossary;
import io.gongkai.report.glossary.GlossaryEntry;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.stereotype.Component;

/**
 * The report builder: agencies, or provinces as the sums of their published agencies, by
 * year, with the figures and rates asked, over published reports only. Bounded: at most
 * {@link #MAX_FIGURES} figures, and the reports read times the figures at most
 * {@link #MAX_CELLS}.
 */
@Component
class ReportBuilder {

	static final int MAX_FIGURES = 12;

	static final int MAX_CELLS = 100_000;

	private final PublishedReports reports;

	private final ProvinceNames names;

	private final Glossary glossary;

	ReportBuilder(PublishedReports reports, ProvinceNames names, Glossary glossary) {
		this.reports = reports;
		this.names = names;
		this.glossary = glossary;
	}

	/** Checks the figures asked: each in the glossary, at least one, not too many. */
	List<String> figures(List<String> asked) {
		List<String> figures = new ArrayList<>();
		for (String id : asked) {
			String figure = id.strip();
			if (figure.isEmpty() || figures.contains(figure)) {
				continue;
			}
			if (this.glossary.entryInChinese(figure).isEmpty() || figures.size() == MAX_FIGURES) {
				throw new ProblemException(ReportProblem.UNKNOWN_PUBLIC_FIGURE, figure, MAX_FIGURES).with("field",
						"figure");
			}
			GlossaryEntry entry = this.glossary.entryInChinese(figure).orElseThrow();
			if (entry.isPerCapita()) {
				// named in the request's language, as the problem's words are
				throw new ProblemException(ReportProblem.FIGURE_BY_PROVINCE_ONLY, figure,
						this.glossary.entry(figure).orElseThrow().name(),
						String.join(" + ",
								entry.numerator()
									.stream()
									.map((part) -> this.glossary.entry(part).orElseThrow().name())
									.toList()))
					.with("field", "figure");
			}
			figures.add(figure);
		}
		if (figures.isEmpty()) {
			throw new ProblemException(ReportProblem.UNKNOWN_PUBLIC_FIGURE, "", MAX_FIGURES).with("field", "figure");
		}
		return figures;
	}

	/**
	 * Every row of the query, filtered, in order: newest year first, then province and
	 * agency.
	 */
	List<PublicTable.Row> rows(TableQuery query) {
		long cells = this.reports.countMatching(query.provinces(), query.years(), query.agencies())
				* query.figures().size();
		if (cells > MAX_CELLS) {
			throw new ProblemException(ReportProblem.TOO_MANY_CELLS, cells, MAX_CELLS);
		}
		Map<String, List<PublishedReport>> groups = new LinkedHashMap<>();
		for (PublishedReport report : this.reports.matching(query.provinces(), query.years(), query.agencies())) {
			String key = query.byProvince() ? report.report().year() + "/" + report.provinceCode() : report.id();
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(report);
		}
		List<PublicTable.Row> rows = new ArrayList<>();
		for (List<PublishedReport> group : groups.values()) {
			PublicTable.Row row = row(query, group);
			if (query.filters()
				.stream()
				.allMatch((filter) -> filter.passes(valueOf(row.values().get(filter.figure()))))) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** The rows laid out for a download, with Chinese headers and units. */
	DownloadTable download(TableQuery query, List<PublicTable.Row> rows) {
		List<String> headers = new ArrayList<>();
		headers.add("省份");
		if (query.byProvince()) {
			headers.add("年度");
			headers.add("已发布报告数（份）");
		}
		else {
			headers.add("机构");
			headers.add("层级");
			headers.add("年度");
		}
		List<GlossaryEntry> entries = query.figures()
			.stream()
			.map((id) -> this.glossary.entryInChinese(id).orElseThrow())
			.toList();
		entries.forEach((entry) -> headers.add(entry.header()));
		headers.add("说明");
		List<List<Object>> lines = new ArrayList<>();
		for (PublicTable.Row row : rows) {
			List<Object> line = new ArrayList<>();
			line.add(row.provinceName());
			if (query.byProvince()) {
				line.add(row.year());
				line.add(row.reports());
			}
			else {
				line.add(row.agencyName());
				line.add(row.level());
				line.add(row.year());
			}
			List<String> notes = new ArrayList<>();
			for (GlossaryEntry entry : entries) {
				PublicTable.Value value = row.values().get(entry.id());
				line.add(valueOf(value));
				if (value != null && !"exact".equals(value.qualifier())) {
					notes.add(entry.name() + ("at_least".equals(value.qualifier()) ? "为“以上”的数" : "为约数"));
				}
			}
			line.add(String.join("；", notes));
			lines.add(line);
		}
		return new DownloadTable(query.byProvince() ? "各省汇总" : "各机构", headers, lines);
	}

	private PublicTable.Row row(TableQuery query, List<PublishedReport> group) {
		PublishedReport first = group.get(0);
		Map<String, PublicTable.Value> values = new LinkedHashMap<>();
		for (String id : query.figures()) {
			GlossaryEntry entry = this.glossary.entryInChinese(id).orElseThrow();
			Optional<PublicTable.Value> value = entry.isRate() ? rate(entry, group) : sum(id, group, group.size() == 1);
			value.ifPresent((stated) -> values.put(id, stated));
		}
		String province = first.provinceCode();
		if (query.byProvince()) {
			return new PublicTable.Row(province, this.names.name(province), null, null, null, first.report().year(),
					group.size(), null, values);
		}
		return new PublicTable.Row(province, this.names.name(province), first.report().agencyId(),
				first.shown().content().agencyName(), AgencyLevels.of(first.report().agencyId()), first.report().year(),
				1, PublicReportController.REPORTS + "/" + first.id(), values);
	}

	private Optional<PublicTable.Value> sum(String id, List<PublishedReport> group, boolean withSource) {
		long total = 0;
		boolean stated = false;
		String qualifier = "exact";
		String source = null;
		for (PublishedReport report : group) {
			Optional<FigureReading> reading = read(id, report);
			if (reading.isPresent()) {
				stated = true;
				total += reading.get().value();
				qualifier = looser(qualifier, reading.get().qualifier());
				source = reading.get().source();
			}
		}
		return stated ? Optional.of(new PublicTable.Value(total, qualifier, withSource ? source : null))
				: Optional.empty();
	}

	/** A rate: the ratio of the sums over the reports that state every part of it. */
	private Optional<PublicTable.Value> rate(GlossaryEntry rate, List<PublishedReport> group) {
		long above = 0;
		long below = 0;
		boolean stated = false;
		String qualifier = "exact";
		for (PublishedReport report : group) {
			List<FigureReading> parts = new ArrayList<>();
			boolean complete = true;
			for (String id : rate.numerator()) {
				Optional<FigureReading> reading = read(id, report);
				complete &= reading.isPresent();
				reading.ifPresent(parts::add);
			}
			long numerator = parts.stream().mapToLong(FigureReading::value).sum();
			List<FigureReading> lower = new ArrayList<>();
			for (String id : rate.denominator()) {
				Optional<FigureReading> reading = read(id, report);
				complete &= reading.isPresent();
				reading.ifPresent(lower::add);
			}
			if (!complete) {
				continue;
			}
			stated = true;
			above += numerator;
			below += lower.stream().mapToLong(FigureReading::value).sum();
			for (FigureReading part : parts) {
				qualifier = looser(qualifier, part.qualifier());
			}
			for (FigureReading part : lower) {
				qualifier = looser(qualifier, part.qualifier());
			}
		}
		if (!stated || below == 0) {
			return Optional.empty();
		}
		BigDecimal percent = BigDecimal.valueOf(above)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(below), 1, RoundingMode.HALF_UP);
		return Optional.of(new PublicTable.Value(percent, qualifier, null));
	}

	private Optional<FigureReading> read(String id, PublishedReport report) {
		return this.glossary.read(id, report.report().format(), report.shown().content());
	}

	private static String looser(String current, String next) {
		if ("approx".equals(current) || "approx".equals(next)) {
			return "approx";
		}
		return ("at_least".equals(current) || "at_least".equals(next)) ? "at_least" : "exact";
	}

	private static Number valueOf(PublicTable.Value value) {
		return (value != null) ? value.value() : null;
	}

}
