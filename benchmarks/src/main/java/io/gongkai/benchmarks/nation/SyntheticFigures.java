package io.gongkai.benchmarks.nation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;
import io.gongkai.benchmarks.nation.SyntheticReport.Metric;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.TemplateFormat;

/**
 * The figures of made-up reports, with realistic magnitudes: how many disclosure requests
 * an agency receives by level and kind, growing over the years; a legacy report's
 * catalogue figures; a template report's T2, T3 and T4 cells, taken from report-service's
 * own template so that every id is one it knows. T3 adds up by column (R1, R2) and by row
 * (R3) and T4 by group (R4); last year's carried-forward requests come back as this
 * year's carried-over ones (R5) unless the caller breaks the chain.
 */
final class SyntheticFigures {

	/**
	 * The column groups of T4: cases per request received, then the shares of maintained,
	 * corrected, other and pending. In a fixed order, so that the draws are.
	 */
	private static final List<Map.Entry<String, double[]>> T4_GROUPS = List.of(
			Map.entry("review", new double[] { 0.03, 0.6, 0.1, 0.15, 0.15 }),
			Map.entry("litigation.direct", new double[] { 0.012, 0.7, 0.08, 0.12, 0.1 }),
			Map.entry("litigation.after_review", new double[] { 0.006, 0.7, 0.08, 0.12, 0.1 }));

	private static final List<String> T4_OUTCOMES = List.of("maintained", "corrected", "other", "pending");

	private final Map<TemplateFormat, TemplateShape> shapes = new EnumMap<>(TemplateFormat.class);

	SyntheticFigures(ReportTemplate template) {
		for (TemplateFormat format : List.of(TemplateFormat.TEMPLATE_2019, TemplateFormat.TEMPLATE_2021)) {
			this.shapes.put(format, new TemplateShape(template, format));
		}
	}

	/**
	 * The median of requests an agency of this level and kind receives in 2012;
	 * provincial departments receive hundreds, county departments about ten.
	 */
	static double medianRequests(Agency agency) {
		boolean government = "government".equals(agency.kind());
		return switch (agency.level()) {
			case "province" -> government ? 600 : 200;
			case "prefecture" -> government ? 250 : 50;
			default -> government ? 60 : 12;
		};
	}

	/** How requests grew from 2012: about 2.2 times as many in 2021. */
	static double growth(int year) {
		return Math.exp(0.09 * (year - 2012));
	}

	static double medianProactive(Agency agency) {
		boolean government = "government".equals(agency.kind());
		return switch (agency.level()) {
			case "province" -> government ? 12000 : 1500;
			case "prefecture" -> government ? 6000 : 600;
			default -> government ? 2500 : 200;
		};
	}

	/**
	 * The catalogue figures of a legacy report: requests received and how they were
	 * answered, reconsideration and litigation, proactive disclosure; some left blank, a
	 * few stated as "more than" or "about".
	 */
	Map<String, Metric> legacyMetrics(SeededDraws draws, Agency agency, long received) {
		Map<String, Metric> metrics = new TreeMap<>();
		long answered = received - draws.binomial(received, 0.03);
		long granted = draws.binomial(answered, 0.6);
		long partial = draws.binomial(answered - granted, 0.2);
		long denied = draws.binomial(answered - granted - partial, 0.2);
		long reviews = draws.poisson(received * 0.025);
		long lawsuits = draws.poisson(received * 0.015);
		putUnlessBlank(metrics, draws, 0.04, "requests.received", received);
		putUnlessBlank(metrics, draws, 0.08, "requests.answered", answered);
		putUnlessBlank(metrics, draws, 0.10, "requests.granted", granted);
		putUnlessBlank(metrics, draws, 0.15, "requests.partial", partial);
		putUnlessBlank(metrics, draws, 0.15, "requests.denied", denied);
		putUnlessBlank(metrics, draws, 0.20, "review.total", reviews);
		putUnlessBlank(metrics, draws, 0.25, "review.corrected", draws.binomial(reviews, 0.12));
		putUnlessBlank(metrics, draws, 0.22, "litigation.total", lawsuits);
		putUnlessBlank(metrics, draws, 0.27, "litigation.corrected", draws.binomial(lawsuits, 0.08));
		if (!draws.chance(0.05)) {
			long proactive = Math.round(medianProactive(agency) * draws.logNormal(0.6));
			double how = draws.uniform();
			if (how < 0.08 && proactive >= 100) {
				metrics.put("proactive.total", new Metric(roundedDown(proactive), "at_least"));
			}
			else if (how < 0.12 && proactive >= 100) {
				metrics.put("proactive.total", new Metric(roundedDown(proactive), "approx"));
			}
			else {
				metrics.put("proactive.total", new Metric(proactive, "exact"));
			}
			if (draws.chance(0.5)) {
				metrics.put("proactive.website", new Metric(Math.round(proactive * 0.8), "exact"));
			}
		}
		if (draws.chance(0.3)) {
			metrics.put("consultations.total", new Metric(received * draws.between(3, 15), "exact"));
		}
		if (draws.chance(0.25)) {
			metrics.put("fees.collected_yuan", new Metric(draws.chance(0.8) ? 0 : draws.between(10, 2000), "exact"));
		}
		return metrics;
	}

	/**
	 * The cells of a template report and what it carries forward.
	 * @param carriedOver last year's carried-forward requests by applicant column, or
	 * {@code null} to draw new ones
	 * @param complete whether every cell is filled in, zeros included; otherwise zero
	 * cells are left blank, except the total column of the four key rows of T3
	 * @param inForce normative documents in force at the end of last year
	 */
	TemplateTables templateTables(TemplateFormat format, SeededDraws draws, long received, long[] carriedOver,
			boolean complete, long inForce) {
		TemplateShape shape = this.shapes.get(format);
		Map<String, Long> cells = new TreeMap<>();
		int columns = shape.applicantColumns().size();
		long[] newReceived = draws.multinomial(received, shape.applicantShares());
		long[] carried = new long[columns];
		long[] forward = new long[columns];
		long[][] outcomes = new long[columns][];
		double backlog = 0.02 + 0.04 * draws.uniform();
		for (int c = 0; c < columns; c++) {
			carried[c] = (carriedOver != null) ? carriedOver[c] : draws.binomial(newReceived[c], 0.03);
			long available = newReceived[c] + carried[c];
			forward[c] = draws.binomial(available, backlog);
			outcomes[c] = draws.multinomial(available - forward[c], shape.outcomeShares());
		}
		putRow(cells, shape, "new_received", newReceived, complete);
		putRow(cells, shape, "carried_over", carried, complete);
		long[] processed = new long[columns];
		for (int r = 0; r < shape.outcomeRows().size(); r++) {
			long[] row = new long[columns];
			for (int c = 0; c < columns; c++) {
				row[c] = outcomes[c][r];
				processed[c] += row[c];
			}
			putRow(cells, shape, shape.outcomeRows().get(r), row, complete);
		}
		putRow(cells, shape, "results.total", processed, complete);
		putRow(cells, shape, "carried_forward", forward, complete);
		for (Map.Entry<String, double[]> group : T4_GROUPS) {
			double[] rates = group.getValue();
			long[] split = draws.multinomial(draws.poisson(received * rates[0]),
					new double[] { rates[1], rates[2], rates[3], rates[4] });
			long total = 0;
			for (int i = 0; i < split.length; i++) {
				putCell(cells, shape.t4(group.getKey() + "." + T4_OUTCOMES.get(i)), split[i], complete);
				total += split[i];
			}
			putCell(cells, shape.t4(group.getKey() + "." + TemplateShape.TOTAL), total, true);
		}
		long stillInForce = inForce;
		if (draws.chance(0.8)) {
			long made = draws.poisson(2 + received * 0.02);
			long repealed = Math.min(inForce, draws.poisson(1 + inForce * 0.05));
			stillInForce = inForce + made - repealed;
			if (format == TemplateFormat.TEMPLATE_2019) {
				putCell(cells, "t2.art20_1.normative_docs.new_made", made, true);
				putCell(cells, "t2.art20_1.normative_docs.new_published", made, true);
				putCell(cells, "t2.art20_1.normative_docs.published_total", stillInForce, true);
			}
			else {
				putCell(cells, "t2.art20_1.normative_docs.made", made, true);
				putCell(cells, "t2.art20_1.normative_docs.repealed", repealed, true);
				putCell(cells, "t2.art20_1.normative_docs.in_force", stillInForce, true);
			}
			putCell(cells, "t2.art20_6.penalty.decisions", draws.poisson(received * 3.0), complete);
		}
		shape.check(cells);
		return new TemplateTables(cells, forward, stillInForce);
	}

	/**
	 * The same cells with {@code extra} more requests received and granted, for the
	 * natural-person column and the total, so that the tables still add up: the figures
	 * of a first version an amendment corrected.
	 */
	Map<String, Long> withMoreGranted(TemplateFormat format, Map<String, Long> cells, long extra) {
		TemplateShape shape = this.shapes.get(format);
		Map<String, Long> changed = new TreeMap<>(cells);
		for (String row : List.of("new_received", "results.granted", "results.total")) {
			for (String column : List.of(shape.applicantColumns().get(0), TemplateShape.TOTAL)) {
				String id = shape.t3(row, column);
				changed.put(id, changed.getOrDefault(id, 0L) + extra);
			}
		}
		return changed;
	}

	private static void putRow(Map<String, Long> cells, TemplateShape shape, String row, long[] values,
			boolean complete) {
		long total = 0;
		for (int c = 0; c < values.length; c++) {
			putCell(cells, shape.t3(row, shape.applicantColumns().get(c)), values[c], complete);
			total += values[c];
		}
		putCell(cells, shape.t3(row, TemplateShape.TOTAL), total, complete || TemplateShape.KEY_ROWS.contains(row));
	}

	private static void putCell(Map<String, Long> cells, String id, long value, boolean evenIfZero) {
		if (value != 0 || evenIfZero) {
			cells.put(id, value);
		}
	}

	private static void putUnlessBlank(Map<String, Metric> metrics, SeededDraws draws, double blank, String id,
			long value) {
		if (!draws.chance(blank)) {
			metrics.put(id, new Metric(value, "exact"));
		}
	}

	/** 6,437 → 6,400: how "6400余条" is printed. */
	private static long roundedDown(long value) {
		long unit = (long) Math.pow(10, Math.max(0, (long) Math.log10(value) - 1));
		return value / unit * unit;
	}

	/**
	 * What a template report adds to its agency's history.
	 *
	 * @param cells cell id to figure
	 * @param carriedForward requests carried forward by applicant column
	 * @param inForce normative documents in force at the end of the year
	 */
	record TemplateTables(Map<String, Long> cells, long[] carriedForward, long inForce) {

	}

}
