package io.gongkai.benchmarks.nation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.report.template.Column;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.Row;
import io.gongkai.report.template.Table;
import io.gongkai.report.template.TableLayout;
import io.gongkai.report.template.TemplateFormat;

/**
 * The rows and columns of T3 and T4 of one format as report-service's template defines
 * them, with the share of requests each applicant column and each outcome row takes on
 * average. A row or column the template adds later takes a small share; a cell the
 * generator asks for that the template no longer has fails loudly.
 */
final class TemplateShape {

	static final String TOTAL = "total";

	/** The rows of T3 whose total is written even when it is zero. */
	static final List<String> KEY_ROWS = List.of("new_received", "carried_over", "results.total", "carried_forward");

	private static final Map<String, Double> APPLICANT_SHARES = Map.of("natural_person", 0.78,
			"legal_person.commercial", 0.12, "legal_person.research", 0.005, "legal_person.social_welfare", 0.01,
			"legal_person.legal_service", 0.03, "legal_person.other", 0.055);

	private static final Map<String, Double> OUTCOME_SHARES = averageOutcomeShares();

	private final TemplateFormat format;

	private final TableLayout t3;

	private final TableLayout t4;

	private final ReportTemplate template;

	private final List<String> applicantColumns = new ArrayList<>();

	private final double[] applicantShares;

	private final List<String> outcomeRows = new ArrayList<>();

	private final double[] outcomeShares;

	TemplateShape(ReportTemplate template, TemplateFormat format) {
		this.template = template;
		this.format = format;
		this.t3 = template.format(format).table(Table.T3);
		this.t4 = template.format(format).table(Table.T4);
		for (Column column : this.t3.leafColumns()) {
			if (!TOTAL.equals(column.id())) {
				this.applicantColumns.add(column.id());
			}
		}
		this.applicantShares = this.applicantColumns.stream()
			.mapToDouble((id) -> APPLICANT_SHARES.getOrDefault(id, 0.01))
			.toArray();
		for (Row row : this.t3.cellRowsUnder("results")) {
			if (!"results.total".equals(row.id())) {
				this.outcomeRows.add(row.id());
			}
		}
		this.outcomeShares = this.outcomeRows.stream()
			.mapToDouble((id) -> OUTCOME_SHARES.getOrDefault(id, 0.005))
			.toArray();
		for (String row : KEY_ROWS) {
			t3(row, TOTAL);
		}
	}

	/** The applicant columns of T3: every leaf column but the total. */
	List<String> applicantColumns() {
		return this.applicantColumns;
	}

	double[] applicantShares() {
		return this.applicantShares;
	}

	/** The outcome rows of T3: every row under 办理结果 but its total. */
	List<String> outcomeRows() {
		return this.outcomeRows;
	}

	double[] outcomeShares() {
		return this.outcomeShares;
	}

	String t3(String row, String column) {
		return this.t3.cell(row, column)
			.orElseThrow(() -> new IllegalStateException(
					"The template of " + this.format.id() + " has no T3 cell " + row + " × " + column))
			.id();
	}

	String t4(String column) {
		return this.t4.cell("count", column)
			.orElseThrow(() -> new IllegalStateException(
					"The template of " + this.format.id() + " has no T4 cell " + column))
			.id();
	}

	/** Fails loudly when the template no longer knows a cell the generator writes. */
	void check(Map<String, Long> cells) {
		this.template.checkCellIds(this.format, cells.keySet());
	}

	private static Map<String, Double> averageOutcomeShares() {
		Map<String, Double> shares = new LinkedHashMap<>();
		shares.put("results.granted", 0.45);
		shares.put("results.partial", 0.08);
		shares.put("results.denied.state_secret", 0.002);
		shares.put("results.denied.other_law", 0.005);
		shares.put("results.denied.three_safety_one_stability", 0.002);
		shares.put("results.denied.third_party", 0.012);
		shares.put("results.denied.internal_affairs", 0.008);
		shares.put("results.denied.process_info", 0.012);
		shares.put("results.denied.enforcement_file", 0.004);
		shares.put("results.denied.admin_query", 0.005);
		shares.put("results.unable.not_held", 0.2);
		shares.put("results.unable.need_creation", 0.04);
		shares.put("results.unable.still_unclear", 0.04);
		shares.put("results.not_processed.petition", 0.025);
		shares.put("results.not_processed.repeat", 0.025);
		shares.put("results.not_processed.publication", 0.003);
		shares.put("results.not_processed.massive_repeat", 0.006);
		shares.put("results.not_processed.confirm_reissue", 0.003);
		// One row in the 2019 trial template, three from 2021.
		shares.put("results.other", 0.08);
		shares.put("results.other.no_correction", 0.045);
		shares.put("results.other.fee_unpaid", 0.002);
		shares.put("results.other.other", 0.033);
		return shares;
	}

}
