package io.gongkai.report.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.gongkai.platform.problem.RequestLanguage;
import io.gongkai.report.report.Metric;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.template.Cell;
import io.gongkai.report.template.MetricCatalogue;
import io.gongkai.report.template.MetricCatalogue.CatalogueMetric;
import io.gongkai.report.template.MetricCatalogue.CataloguePerCapita;
import io.gongkai.report.template.MetricCatalogue.CatalogueRate;
import io.gongkai.report.template.MetricCatalogue.Wording;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TemplateFormat;

import org.springframework.stereotype.Component;

/**
 * The figures, rates and figures per capita the public reads, explained: built from the
 * one catalogue ({@code template/metrics.json}: names, units, what they count, the cells
 * of the template giving the same figure, comparability, the population a figure per
 * capita is divided by) and the template ({@code template/template.json}: the labels of
 * those cells in each version). Also reads a figure from a report of any version, the one
 * rule the builder and the bulk CSV share.
 */
@Component
public class Glossary {

	/** The glossary page, each entry at its id. */
	public static final String PAGE = "/public/glossary.html";

	private final MetricCatalogue catalogue = MetricCatalogue.national();

	private final ReportTemplate template = ReportTemplate.national();

	private final Map<String, GlossaryEntry> chinese = build(false);

	private final Map<String, GlossaryEntry> english = build(true);

	/**
	 * Every entry in the language of the request: the legacy catalogue's figures in
	 * printed order, the figures only the template states in the tables' order, then
	 * rates, then figures per capita.
	 */
	public List<GlossaryEntry> entries() {
		return List.copyOf(language().values());
	}

	/** Every entry in Chinese, whatever the request: for files that have one language. */
	public List<GlossaryEntry> entriesInChinese() {
		return List.copyOf(this.chinese.values());
	}

	public Optional<GlossaryEntry> entry(String id) {
		return Optional.ofNullable((id != null) ? language().get(id.strip()) : null);
	}

	public Optional<GlossaryEntry> entryInChinese(String id) {
		return Optional.ofNullable((id != null) ? this.chinese.get(id.strip()) : null);
	}

	/**
	 * A counted figure as a report states it: a legacy report's catalogue figure, or the
	 * sum of the template cells the report fills, its source in words in the language of
	 * the request. Empty when the report does not state it (never zero for a blank; a
	 * legacy report never states a figure only the template has) or the id is a rate.
	 */
	public Optional<FigureReading> read(String id, TemplateFormat format, ReportContent content) {
		return read(id, format, content, Locale.ENGLISH.equals(RequestLanguage.current()));
	}

	/**
	 * {@link #read}, its source in Chinese whatever the request: for files in Chinese.
	 */
	public Optional<FigureReading> readInChinese(String id, TemplateFormat format, ReportContent content) {
		return read(id, format, content, false);
	}

	private Optional<FigureReading> read(String id, TemplateFormat format, ReportContent content, boolean en) {
		CatalogueMetric metric = this.catalogue.figure(id).orElse(null);
		if (metric == null || content == null) {
			return Optional.empty();
		}
		if (!format.hasTables()) {
			Metric stated = this.catalogue.contains(id) ? content.metrics().get(id) : null;
			return (stated != null)
					? Optional
						.of(new FigureReading(stated.value(), stated.qualifier(), legacySource(metric, en), List.of()))
					: Optional.empty();
		}
		long sum = 0;
		List<String> read = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		for (String cellId : metric.template()) {
			Long value = content.cells().get(cellId);
			if (value != null) {
				sum += value;
				cells.add(cellId);
				this.template.cell(format, cellId).ifPresent((cell) -> read.add(cellLabel(cell, en)));
			}
		}
		return read.isEmpty() ? Optional.empty()
				: Optional.of(new FigureReading(sum, "exact", String.join(" + ", read), cells));
	}

	/**
	 * Where a legacy report states a figure: the phrase of its text (quoted in Chinese,
	 * as the report prints it; in English with what it means).
	 */
	private static String legacySource(CatalogueMetric metric, boolean en) {
		if (!en) {
			return "旧版报告“" + metric.label().zh() + "”";
		}
		String meaning = metric.label().en();
		return "The legacy report's phrase “" + metric.label().zh() + "”"
				+ ((meaning != null && !meaning.isBlank()) ? " (" + meaning + ")" : "");
	}

	private Map<String, GlossaryEntry> language() {
		return Locale.ENGLISH.equals(RequestLanguage.current()) ? this.english : this.chinese;
	}

	private Map<String, GlossaryEntry> build(boolean en) {
		Map<String, GlossaryEntry> entries = new LinkedHashMap<>();
		List<CatalogueMetric> figures = new ArrayList<>(this.catalogue.metrics());
		figures.addAll(this.catalogue.templateFigures());
		for (CatalogueMetric metric : figures) {
			List<GlossarySource> sources = new ArrayList<>();
			for (TemplateFormat format : TemplateFormat.values()) {
				sources.add(source(metric, format, en));
			}
			entries.put(metric.id(),
					new GlossaryEntry(metric.id(), GlossaryEntry.FIGURE, text(metric.name(), en), metric.unit(),
							text(metric.counts(), en), sources, metric.comparability(),
							comparable(metric.comparability(), en), text(metric.note(), en), List.of(), List.of(), null,
							PAGE + "#" + metric.id()));
		}
		for (CatalogueRate rate : this.catalogue.rates()) {
			List<GlossarySource> sources = new ArrayList<>();
			for (TemplateFormat format : TemplateFormat.values()) {
				boolean stated = rate.numerator()
					.stream()
					.allMatch((id) -> stated(this.catalogue.figure(id).orElseThrow(), format))
						&& rate.denominator()
							.stream()
							.allMatch((id) -> stated(this.catalogue.figure(id).orElseThrow(), format));
				sources.add(new GlossarySource(format.id(), version(format, en), stated ? formula(rate, entries, en)
						: (en ? "Not computable: a part is not stated" : "无法计算：其中的指标未载明"), stated));
			}
			entries.put(rate.id(), new GlossaryEntry(rate.id(), GlossaryEntry.RATE, text(rate.name(), en), rate.unit(),
					text(rate.counts(), en), sources, rate.comparability(), comparable(rate.comparability(), en),
					text(rate.note(), en), rate.numerator(), rate.denominator(), null, PAGE + "#" + rate.id()));
		}
		for (CataloguePerCapita figure : this.catalogue.perCapita()) {
			List<GlossarySource> sources = new ArrayList<>();
			for (TemplateFormat format : TemplateFormat.values()) {
				sources.add(perCapitaSource(figure, format, en));
			}
			entries.put(figure.id(),
					new GlossaryEntry(figure.id(), GlossaryEntry.PER_CAPITA, text(figure.name(), en), figure.unit(),
							text(figure.counts(), en), sources, figure.comparability(),
							comparable(figure.comparability(), en), text(figure.note(), en), figure.numerator(),
							List.of(), text(figure.population(), en), PAGE + "#" + figure.id()));
		}
		return entries;
	}

	/**
	 * Where reports of a version give a figure per capita: the sources of the figures
	 * above its line, a province's own reports summed, over the province's resident
	 * population.
	 */
	private GlossarySource perCapitaSource(CataloguePerCapita figure, TemplateFormat format, boolean en) {
		List<GlossarySource> parts = figure.numerator()
			.stream()
			.map((id) -> source(this.catalogue.figure(id).orElseThrow(), format, en))
			.toList();
		if (!parts.stream().allMatch(GlossarySource::stated)) {
			return new GlossarySource(format.id(), version(format, en),
					en ? "Not computable: a part is not stated" : "无法计算：其中的指标未载明", false);
		}
		String above = String.join(en ? " + " : " ＋ ", parts.stream().map(GlossarySource::source).toList());
		return new GlossarySource(format.id(), version(format, en),
				en ? "(" + above
						+ ", the province's agencies' own reports summed) ÷ the province's resident population × 10,000"
						: "（" + above + "，省内各机关本机关报告相加）÷ 该省常住人口 × 10000",
				true);
	}

	private GlossarySource source(CatalogueMetric metric, TemplateFormat format, boolean en) {
		if (!format.hasTables() && !this.catalogue.contains(metric.id())) {
			return new GlossarySource(format.id(), version(format, en),
					en ? "Not stated by legacy reports" : "旧版报告不载明此项", false);
		}
		if (!format.hasTables()) {
			String meaning = metric.label().en();
			return new GlossarySource(format.id(), version(format, en),
					(en ? "The report's phrase " : "报告中的表述") + "“" + metric.label().zh() + "”"
							+ ((en && meaning != null && !meaning.isBlank()) ? " (" + meaning + ")" : ""),
					true);
		}
		List<String> cells = new ArrayList<>();
		for (String cellId : metric.template()) {
			this.template.cell(format, cellId).ifPresent((cell) -> cells.add(cellLabel(cell, en)));
		}
		if (cells.isEmpty()) {
			return new GlossarySource(format.id(), version(format, en),
					en ? "Not stated in this version's tables" : "该版本的表格不载明此项", false);
		}
		return new GlossarySource(format.id(), version(format, en),
				String.join(en ? " + " : " ＋ ", cells) + ((cells.size() > 1) ? (en ? " (summed)" : "（相加）") : ""), true);
	}

	private boolean stated(CatalogueMetric metric, TemplateFormat format) {
		if (!format.hasTables()) {
			return this.catalogue.contains(metric.id());
		}
		return metric.template().stream().anyMatch((cellId) -> this.template.cell(format, cellId).isPresent());
	}

	private static String formula(CatalogueRate rate, Map<String, GlossaryEntry> figures, boolean en) {
		if (en) {
			return "(" + names(rate.numerator(), figures, en) + ") ÷ (" + names(rate.denominator(), figures, en)
					+ ") × 100";
		}
		return "（" + names(rate.numerator(), figures, en) + "）÷（" + names(rate.denominator(), figures, en) + "）× 100";
	}

	private static String names(List<String> ids, Map<String, GlossaryEntry> figures, boolean en) {
		return String.join(" + ", ids.stream().map((id) -> figures.get(id).name()).toList());
	}

	/** A cell as a person finds it in the printed table: 表三「…」行「…」列. */
	static String cellLabel(Cell cell, boolean en) {
		String table = en ? cell.table().name() : tableName(cell.table());
		if (cell.rowLabel().isEmpty()) {
			return table + "「" + cell.columnLabel() + "」";
		}
		return table + "「" + cell.rowLabel() + "」" + (en ? " row, " : "行") + "「" + cell.columnLabel() + "」"
				+ (en ? " column" : "列");
	}

	private static String tableName(Table table) {
		return switch (table) {
			case T2 -> "表二";
			case T3 -> "表三";
			case T4 -> "表四";
		};
	}

	private static String version(TemplateFormat format, boolean en) {
		return switch (format) {
			case LEGACY -> en ? "Reports on 2008–2018 (free text)" : "2008—2018年度的报告（旧版，文字表述）";
			case TEMPLATE_2019 -> en ? "Reports on 2019–2020 (2019 trial template)" : "2019—2020年度的报告（2019年试行模板）";
			case TEMPLATE_2021 -> en ? "Reports on 2021 on (2021 template)" : "2021年度起的报告（2021年模板）";
		};
	}

	private static String comparable(String comparability, boolean en) {
		return switch (comparability) {
			case "comparable" -> en ? "Comparable across versions" : "各版本可以比较";
			case "not_comparable" -> en ? "Not comparable across versions: see the note" : "各版本之间不可直接比较，见说明";
			case "legacy_only" -> en ? "Stated by legacy reports only (2008–2018)" : "仅旧版报告（2008—2018年度）载明";
			case "template_only" -> en ? "Stated by template reports only (2019 on)" : "仅模板报告（2019年度起）载明";
			default -> comparability;
		};
	}

	private static String text(Wording wording, boolean en) {
		if (wording == null) {
			return null;
		}
		return en ? wording.en() : wording.zh();
	}

}
