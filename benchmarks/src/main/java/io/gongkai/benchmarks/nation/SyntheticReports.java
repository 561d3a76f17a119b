package io.gongkai.benchmarks.nation;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gongkai.benchmarks.nation.SyntheticFigures.TemplateTables;
import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;
import io.gongkai.benchmarks.nation.SyntheticReport.Content;
import io.gongkai.benchmarks.nation.SyntheticReport.Metric;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;

/**
 * The made-up reports of one province's agencies, year after year: one per agency and
 * year the agency exists, except the few never reported; most published or accepted, some
 * still submitted, returned or in draft (more so on the last year), a few amended after
 * publication, about one in ten first submitted after the deadline. Every report is drawn
 * from its own seeded stream (seed, agency, year), so the same seed gives the same
 * reports whatever the order or the number of provinces; only an agency's history (its
 * carried-forward requests, its documents in force) runs from one year to the next, which
 * is why years are asked for in order.
 */
public final class SyntheticReports {

	static final double MISSING = 0.03;

	static final double AMENDED = 0.06;

	static final double COMPLETE_TABLES = 0.65;

	static final double CARRY_OVER_BREAK = 0.05;

	/**
	 * Status shares of a report on the last year: published, accepted, submitted,
	 * returned, draft.
	 */
	static final double[] RECENT_STATUSES = { 0.50, 0.22, 0.12, 0.06, 0.10 };

	/** Status shares of a report on an earlier year. */
	static final double[] EARLIER_STATUSES = { 0.85, 0.10, 0.02, 0.01, 0.02 };

	private static final String[] STATUSES = { "published", "accepted", "submitted", "returned", "draft" };

	private final List<Agency> agencies;

	private final long seed;

	private final int lastYear;

	private final SyntheticFigures figures;

	private final ReportLifecycle lifecycle;

	private final History[] histories;

	private int nextYear = Integer.MIN_VALUE;

	/**
	 * The reports of a province's agencies.
	 * @param provinceCode the province
	 * @param agencies its registry, from {@link SyntheticRegistry}
	 * @param seed the random seed
	 * @param lastYear the last year generated, whose reports are the least advanced
	 * @param template report-service's template, for the cells of template reports
	 */
	public SyntheticReports(String provinceCode, List<Agency> agencies, long seed, int lastYear,
			ReportTemplate template) {
		this.agencies = List.copyOf(agencies);
		this.seed = seed;
		this.lastYear = lastYear;
		this.figures = new SyntheticFigures(template);
		this.lifecycle = new ReportLifecycle(provinceCode);
		double provinceScale = SeededDraws.of(seed, provinceCode, 1).logNormal(0.3);
		this.histories = new History[this.agencies.size()];
		for (int i = 0; i < this.histories.length; i++) {
			Agency agency = this.agencies.get(i);
			SeededDraws draws = SeededDraws.of(seed, agency.id(), 0);
			this.histories[i] = new History(provinceScale * draws.logNormal(0.7),
					draws.poisson(SyntheticFigures.medianRequests(agency) / 3));
		}
	}

	/**
	 * The reports of one year, asked for in order: the first year any, then each next
	 * one.
	 */
	public YearOfReports ofYear(int year) {
		if (this.nextYear != Integer.MIN_VALUE && year != this.nextYear) {
			throw new IllegalArgumentException(
					"Years are generated in order: expected " + this.nextYear + ", not " + year);
		}
		this.nextYear = year + 1;
		List<SyntheticReport> reports = new ArrayList<>();
		int expected = 0;
		for (int i = 0; i < this.agencies.size(); i++) {
			Agency agency = this.agencies.get(i);
			if (!existsIn(agency, year)) {
				continue;
			}
			expected++;
			SeededDraws draws = SeededDraws.of(this.seed, agency.id(), year);
			if (draws.chance(MISSING)) {
				this.histories[i].carriedForward = null;
				continue;
			}
			reports.add(report(agency, year, this.histories[i], draws));
		}
		return new YearOfReports(year, reports, expected);
	}

	/**
	 * Whether an agency exists in a year and so reports on it: tenant-service's rule
	 * ({@code Agency.existsIn}).
	 */
	public static boolean existsIn(Agency agency, int year) {
		return (agency.createdYear() == null || agency.createdYear() <= year)
				&& (agency.abolishedYear() == null || agency.abolishedYear() >= year);
	}

	/**
	 * The due date: report-service's rule ({@code Deadlines.dueDate}): 31 March of the
	 * next year, or 31 January for a department's report from 2019 on.
	 */
	public static LocalDate deadline(int year, String kind) {
		if (year < 2019 || "government".equals(kind)) {
			return LocalDate.of(year + 1, Month.MARCH, 31);
		}
		return LocalDate.of(year + 1, Month.JANUARY, 31);
	}

	private SyntheticReport report(Agency agency, int year, History history, SeededDraws draws) {
		TemplateFormat format = TemplateFormat.forYear(year);
		LocalDate deadline = deadline(year, agency.kind());
		String status = STATUSES[pick(draws, (year == this.lastYear) ? RECENT_STATUSES : EARLIER_STATUSES)];
		boolean amended = "published".equals(status) && draws.chance(AMENDED);
		long received = draws.poisson(SyntheticFigures.medianRequests(agency) * history.scale
				* SyntheticFigures.growth(year) * draws.logNormal(0.25));
		long extra = draws.between(1, 9);
		Map<String, Metric> metrics = Map.of();
		Map<String, Metric> firstMetrics = Map.of();
		Map<String, Long> cells = Map.of();
		Map<String, Long> firstCells = Map.of();
		Map<String, String> sections = Map.of();
		String narrative = null;
		if (format == TemplateFormat.LEGACY) {
			metrics = this.figures.legacyMetrics(draws, agency, received);
			firstMetrics = new TreeMap<>(metrics);
			firstMetrics.computeIfPresent("requests.received",
					(id, metric) -> new Metric(metric.value() + extra, metric.qualifier()));
			narrative = narrative(agency, year, metrics);
			history.carriedForward = null;
		}
		else {
			long[] carriedOver = carriedOver(history, year, draws);
			TemplateTables tables = this.figures.templateTables(format, draws, received, carriedOver,
					draws.chance(COMPLETE_TABLES), history.inForce);
			cells = tables.cells();
			firstCells = this.figures.withMoreGranted(format, cells, extra);
			history.carriedForward = tables.carriedForward();
			history.carriedForwardYear = year;
			history.inForce = tables.inForce();
			sections = sections(agency, year, draws);
		}
		String id = ReportLifecycle.uuid("report/" + this.seed + "/" + agency.id() + "/" + year);
		Content content = new Content(agency.name(), agency.scope(), null, narrative, metrics, sections, cells);
		Content amendedFrom = amended
				? new Content(agency.name(), agency.scope(), null, narrative, firstMetrics, sections, firstCells)
				: null;
		return this.lifecycle.report(
				new ReportLifecycle.Written(id, agency, year, format, deadline, content, amendedFrom), status, draws);
	}

	/**
	 * Last year's carried-forward requests, but for a few reports that break the chain.
	 */
	private long[] carriedOver(History history, int year, SeededDraws draws) {
		if (history.carriedForward == null || history.carriedForwardYear != year - 1) {
			return null;
		}
		long[] carried = history.carriedForward.clone();
		if (draws.chance(CARRY_OVER_BREAK)) {
			int column = draws.between(0, carried.length - 1);
			carried[column] = Math.max(0, carried[column] + (draws.chance(0.5) ? 1 : -1) * draws.between(1, 5));
			if (carried[column] == history.carriedForward[column]) {
				carried[column]++;
			}
		}
		return carried;
	}

	private static String narrative(Agency agency, int year, Map<String, Metric> metrics) {
		Metric received = metrics.get("requests.received");
		String requests = (received != null) ? "本年度共收到政府信息公开申请" + received.value() + "件，均已按规定答复。"
				: "本年度政府信息公开申请均已按规定答复。";
		return agency.name() + year + "年政府信息公开工作年度报告（合成数据）。一、概述。" + requests
				+ "二、主动公开政府信息情况。三、因政府信息公开申请行政复议、提起行政诉讼的情况。四、存在的主要问题及改进措施。";
	}

	private static Map<String, String> sections(Agency agency, int year, SeededDraws draws) {
		Map<String, String> sections = new TreeMap<>();
		if (!draws.chance(0.02)) {
			sections.put("s1", agency.name() + "认真贯彻落实《中华人民共和国政府信息公开条例》，" + year + "年政府信息公开工作总体情况如下（合成数据）。");
		}
		if (!draws.chance(0.05)) {
			sections.put("s5", "存在的主要问题：主动公开的及时性有待提高。改进情况：完善信息发布审核机制。");
		}
		if (!draws.chance(0.10)) {
			sections.put("s6", (year >= 2021) ? "本年度未收取信息处理费。无其他需要报告的事项。" : "无其他需要报告的事项。");
		}
		return sections;
	}

	private static int pick(SeededDraws draws, double[] shares) {
		double point = draws.uniform();
		double sum = 0;
		for (int i = 0; i < shares.length - 1; i++) {
			sum += shares[i];
			if (point < sum) {
				return i;
			}
		}
		return shares.length - 1;
	}

	/**
	 * The reports of one year of one province.
	 *
	 * @param year the year
	 * @param reports the reports, in registry order
	 * @param expected how many agencies existed that year (reports plus the missing)
	 */
	public record YearOfReports(int year, List<SyntheticReport> reports, int expected) {

		public int missing() {
			return this.expected - this.reports.size();
		}

	}

	/** What runs from one year to the next for one agency. */
	private static final class History {

		private final double scale;

		private long[] carriedForward;

		private int carriedForwardYear;

		private long inForce;

		History(double scale, long inForce) {
			this.scale = scale;
			this.inForce = inForce;
		}

	}

}
