package io.gongkai.analytics.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongkai.analytics.problem.AnalyticsProblem;
import io.gongkai.platform.problem.ProblemException;

import org.springframework.stereotype.Component;

/**
 * Every figure analysts can compare: the legacy catalogue's metrics and the template's
 * table figures on one scale, and the rates of the domain README. Counted figures come
 * first, in a fixed order that is also their column in the in-memory read model.
 */
@Component
public class FigureCatalogue {

	private static final String T3 = "t3.";

	private static final String TOTAL = ".total";

	/**
	 * The denial reasons of T3 (row ids under {@code results.denied}) with their names.
	 */
	private static final String[][] DENIAL_REASONS = { { "state_secret", "属于国家秘密", "state secret" },
			{ "other_law", "其他法律行政法规禁止公开", "prohibited by other laws and regulations" },
			{ "three_safety_one_stability", "危及“三安全一稳定”", "endangers security or stability" },
			{ "third_party", "保护第三方合法权益", "third parties' lawful rights" },
			{ "internal_affairs", "属于三类内部事务信息", "internal affairs" },
			{ "process_info", "属于四类过程性信息", "process information" },
			{ "enforcement_file", "属于行政执法案卷", "enforcement files" },
			{ "admin_query", "属于行政查询事项", "administrative queries" } };

	private final List<Figure> figures;

	private final List<Figure> counts;

	private final Map<String, Figure> byId = new LinkedHashMap<>();

	private final Map<String, Integer> countIndex = new LinkedHashMap<>();

	public FigureCatalogue() {
		List<Figure> all = new ArrayList<>();
		all.add(legacyOnly("proactive.total", "主动公开政府信息数", "Items disclosed proactively", "条", note(
				"模板没有主动公开信息的总数（表二按文件类别计数），2019年起的报告不提供此项。",
				"The template has no overall count of proactive disclosure (T2 counts documents by kind): reports from 2019 on do not give it.")));
		all.add(legacyOnly("proactive.website", "通过门户网站主动公开信息数", "Items disclosed on the portal website", "条", null));
		all.add(count("requests.received", "收到政府信息公开申请数", "Disclosure requests received", "件", "requests.received",
				List.of(t3("new_received")), Comparability.comparable, null));
		all.add(count("requests.carried_over", "上年结转政府信息公开申请数", "Requests carried over from last year", "件", null,
				List.of(t3("carried_over")), Comparability.template_only, null));
		all.add(count("requests.answered", "已答复（办结）申请数", "Requests answered", "件", "requests.answered",
				List.of(t3("results.total")), Comparability.comparable, note("旧版报告统计答复或办结的申请；模板统计办理结果（办理结果总计）。",
						"Legacy reports count requests answered or concluded; the template counts their results (the row “办理结果总计”, all results).")));
		all.add(count("requests.granted", "同意公开的申请数", "Requests granted", "件", "requests.granted",
				List.of(t3("results.granted")), Comparability.comparable, null));
		all.add(count("requests.partial", "同意部分公开的申请数", "Requests partly granted", "件", "requests.partial",
				List.of(t3("results.partial")), Comparability.comparable, null));
		List<String> denials = new ArrayList<>();
		for (String[] reason : DENIAL_REASONS) {
			denials.add(t3("results.denied." + reason[0]));
		}
		all.add(count("requests.denied", "不予公开的申请数", "Requests refused", "件", "requests.denied", denials,
				Comparability.not_comparable, note("旧版报告常把模板另列为“无法提供”或“不予处理”的申请计入不予公开，两种格式的数字不宜直接比较。",
						"Legacy reports often count as refused what the template counts apart as “无法提供” (cannot be provided) or “不予处理” (not processed): the two formats' figures are not comparable.")));
		all.add(count("requests.unable", "无法提供的申请数", "Requests answered “cannot be provided”", "件", null, List
			.of(t3("results.unable.not_held"), t3("results.unable.need_creation"), t3("results.unable.still_unclear")),
				Comparability.template_only, null));
		all.add(count("requests.not_processed", "不予处理的申请数", "Requests not processed", "件", null,
				List.of(t3("results.not_processed.petition"), t3("results.not_processed.repeat"),
						t3("results.not_processed.publication"), t3("results.not_processed.massive_repeat"),
						t3("results.not_processed.confirm_reissue")),
				Comparability.template_only, null));
		all.add(count("requests.other", "其他处理的申请数", "Requests otherwise handled", "件", null,
				List.of(t3("results.other"), t3("results.other.no_correction"), t3("results.other.fee_unpaid"),
						t3("results.other.other")),
				Comparability.template_only, note("2019年试行模板为一行，2021年起为三行：报告有哪一种就加总哪一种。",
						"A single row in the 2019 trial template, three rows from 2021: whichever the report has is summed.")));
		all.add(count("requests.carried_forward", "结转下年度继续办理的申请数", "Requests carried forward to next year", "件", null,
				List.of(t3("carried_forward")), Comparability.template_only, null));
		for (String[] reason : DENIAL_REASONS) {
			all.add(count("requests.denied." + reason[0], "不予公开：" + reason[1], "Refused: " + reason[2], "件", null,
					List.of(t3("results.denied." + reason[0])), Comparability.template_only, null));
		}
		all.add(count("review.total", "行政复议数", "Administrative reconsiderations", "件", "review.total",
				List.of("t4.review.total"), Comparability.comparable, null));
		all.add(count("review.corrected", "被纠正的行政复议数", "Reconsiderations decided against the agency", "件",
				"review.corrected", List.of("t4.review.corrected"), Comparability.comparable, null));
		all.add(count("review.closed", "行政复议已审结数", "Reconsiderations concluded", "件", null,
				List.of("t4.review.maintained", "t4.review.corrected", "t4.review.other"), Comparability.template_only,
				null));
		all.add(count("litigation.total", "行政诉讼数", "Administrative lawsuits", "件", "litigation.total",
				List.of("t4.litigation.direct.total", "t4.litigation.after_review.total"), Comparability.comparable,
				null));
		all.add(count("litigation.corrected", "被纠正（败诉）的行政诉讼数", "Lawsuits lost by the agency", "件",
				"litigation.corrected",
				List.of("t4.litigation.direct.corrected", "t4.litigation.after_review.corrected"),
				Comparability.comparable, null));
		all.add(count("litigation.closed", "行政诉讼已审结数", "Lawsuits concluded", "件", null,
				List.of("t4.litigation.direct.maintained", "t4.litigation.direct.corrected",
						"t4.litigation.direct.other", "t4.litigation.after_review.maintained",
						"t4.litigation.after_review.corrected", "t4.litigation.after_review.other"),
				Comparability.template_only, null));
		all.add(legacyOnly("complaints.total", "申诉、投诉、举报数", "Appeals, complaints and reports", "件", null));
		all.add(legacyOnly("fees.collected_yuan", "政府信息公开收费金额", "Fees collected", "元",
				note("2021年起模板在第六部分以文字说明信息处理费，不在表格中。",
						"From 2021 the template reports fees as text in its sixth section (“六”), not in a table.")));
		all.add(legacyOnly("staff.full_time", "专职工作人员数", "Full-time staff", "人", null));
		all.add(legacyOnly("staff.part_time", "兼职工作人员数", "Part-time staff", "人", null));
		all.add(legacyOnly("consultations.total", "政府信息公开咨询数", "Disclosure enquiries", "人次", null));
		all.add(legacyOnly("website.visits", "门户网站访问量", "Portal website visits", "次", null));
		// T2, what agencies disclose proactively by kind (第二十条): the 2019–2020 trial
		// table and
		// the 2021 one name their columns differently; a report has one table or the
		// other
		all.add(count("proactive.rules_made", "本年制发规章件数", "Rules made this year", "件", null,
				List.of("t2.art20_1.rules.made", "t2.art20_1.rules.new_made"), Comparability.template_only,
				note("2019—2020年的报告统计本年新制作的规章；2021年起统计本年制发的规章。",
						"2019–2020 reports count rules newly made (“本年新制作”); from 2021, rules made (“本年制发”).")));
		all.add(count("proactive.normative_docs_made", "本年制发行政规范性文件件数", "Normative documents made this year", "件", null,
				List.of("t2.art20_1.normative_docs.made", "t2.art20_1.normative_docs.new_made"),
				Comparability.template_only, note("2019—2020年的报告统计本年新制作的规范性文件；2021年起统计本年制发的规范性文件。",
						"2019–2020 reports count normative documents newly made (“本年新制作”); from 2021, made (“本年制发”).")));
		all.add(count("proactive.licensing_decisions", "行政许可处理决定数", "Licensing decisions", "件", null,
				List.of("t2.art20_5.licensing.decisions"), Comparability.template_only, null));
		all.add(count("proactive.penalty_decisions", "行政处罚处理决定数", "Penalty decisions", "件", null,
				List.of("t2.art20_6.penalty.decisions"), Comparability.template_only, null));
		all.add(count("proactive.coercion_decisions", "行政强制处理决定数", "Administrative coercion decisions", "件", null,
				List.of("t2.art20_6.coercion.decisions"), Comparability.template_only, null));
		all.add(count("proactive.fees_10k_yuan", "行政事业性收费金额", "Administrative fees collected", "万元", null,
				List.of("t2.art20_8.fees.amount_10k_yuan"), Comparability.template_only,
				note("仅见于2021年的表格；2019—2020年的报告以件数说明收费。",
						"In the 2021 table only; 2019–2020 reports give fees as the number of items.")));

		all.add(rate("rate.disclosure", "公开率", "Disclosure rate", List.of("requests.granted", "requests.partial"),
				List.of("requests.answered"), Comparability.comparable, null));
		all.add(rate("rate.refusal", "不予公开率", "Refusal rate", List.of("requests.denied"), List.of("requests.answered"),
				Comparability.not_comparable, note("旧版报告的不予公开常包含模板计为“无法提供”或“不予处理”的申请。",
						"Refusals of legacy reports often include what the template counts as “无法提供” (cannot be provided) or “不予处理” (not processed).")));
		all.add(rate("rate.unable", "无法提供率", "Unable-to-provide rate", List.of("requests.unable"),
				List.of("requests.answered"), Comparability.template_only, null));
		all.add(rate("rate.backlog", "结转率", "Backlog rate", List.of("requests.carried_forward"),
				List.of("requests.received", "requests.carried_over"), Comparability.template_only, null));
		all.add(rate("rate.review", "行政复议率", "Reconsideration rate", List.of("review.total"),
				List.of("requests.answered"), Comparability.comparable, null));
		all.add(rate("rate.review_correction", "行政复议纠错率", "Reconsideration correction rate",
				List.of("review.corrected"), List.of("review.closed"), Comparability.template_only,
				note("旧版报告不说明行政复议已审结数。", "Legacy reports do not state how many reconsiderations were concluded.")));
		all.add(rate("rate.litigation_loss", "行政诉讼败诉率", "Litigation loss rate", List.of("litigation.corrected"),
				List.of("litigation.closed"), Comparability.template_only,
				note("旧版报告不说明行政诉讼已审结数。", "Legacy reports do not state how many lawsuits were concluded.")));
		for (String[] reason : DENIAL_REASONS) {
			all.add(rate("rate.denied." + reason[0], "不予公开理由占比：" + reason[1], "Share of refusals: " + reason[2],
					List.of("requests.denied." + reason[0]), List.of("requests.denied"), Comparability.template_only,
					null));
		}
		all.add(figure("rate.requests_per_10k", "每万人政府信息公开申请数", "Requests received per 10,000 inhabitants", "件/万人",
				FigureKind.per_capita, null, List.of(), List.of("requests.received"), List.of(),
				"Σ requests.received of a province's own reports / its resident population × 10,000; "
						+ "the nation: over the provinces whose population is known",
				Comparability.comparable,
				// the glossary's words (report-service's template/metrics.json,
				// "perCapita"),
				// held to them by ReportCatalogueContractTest
				note("仅按省份比较：机关和单份报告没有人口，所以不按层级或机关类别比较，也没有各报告的数值。新疆维吾尔自治区的常住人口包含新疆生产建设兵团，兵团没有单列的人口数据（除非平台管理员为它设定），不计入每万人数值。",
						"Compared by province only: an agency or a single report has no population, so there is no value by level or kind of body, nor per report. The resident population of the Xinjiang Uygur Autonomous Region includes that of the Xinjiang Production and Construction Corps, which has none of its own (unless the platform admin set one) and so is not in the value per 10,000 inhabitants.")));
		this.figures = Collections.unmodifiableList(all);
		List<Figure> countFigures = new ArrayList<>();
		for (Figure figure : all) {
			this.byId.put(figure.id(), figure);
			if (!figure.isComputed()) {
				this.countIndex.put(figure.id(), countFigures.size());
				countFigures.add(figure);
			}
		}
		this.counts = Collections.unmodifiableList(countFigures);
	}

	/** Every figure: counted ones first, then rates, then figures per capita. */
	public List<Figure> figures() {
		return this.figures;
	}

	/** The counted figures, each at its column in the read model. */
	public List<Figure> counts() {
		return this.counts;
	}

	/**
	 * The column of a counted figure in the read model.
	 */
	public int column(String countId) {
		Integer index = this.countIndex.get(countId);
		if (index == null) {
			throw new IllegalArgumentException("Not a counted figure: " + countId);
		}
		return index;
	}

	/**
	 * The figure of an id a caller gave, or a 400 problem listing the ids it could give.
	 */
	public Figure require(String id) {
		Figure figure = (id != null) ? this.byId.get(id.strip()) : null;
		if (figure == null) {
			throw new ProblemException(AnalyticsProblem.UNKNOWN_FIGURE, id).with("figures",
					List.copyOf(this.byId.keySet()));
		}
		return figure;
	}

	private static String t3(String row) {
		return T3 + row + TOTAL;
	}

	/** What to keep in mind when comparing a figure, in Chinese and in English. */
	private record Note(String zh, String en) {

	}

	private static Note note(String zh, String en) {
		return new Note(zh, en);
	}

	private static Figure figure(String id, String name, String nameEn, String unit, FigureKind kind,
			String legacyMetric, List<String> cells, List<String> numerator, List<String> denominator, String formula,
			Comparability comparability, Note note) {
		return new Figure(id, name, nameEn, unit, kind, legacyMetric, cells, numerator, denominator, formula,
				comparability, (note != null) ? note.zh() : null, (note != null) ? note.en() : null);
	}

	private static Figure legacyOnly(String id, String name, String nameEn, String unit, Note note) {
		return count(id, name, nameEn, unit, id, List.of(), Comparability.legacy_only, note);
	}

	private static Figure count(String id, String name, String nameEn, String unit, String legacyMetric,
			List<String> cells, Comparability comparability, Note note) {
		String legacy = (legacyMetric != null) ? "legacy " + legacyMetric : null;
		String template = cells.isEmpty() ? null : "template " + String.join(" + ", cells);
		String formula = (legacy != null && template != null) ? legacy + "; " + template
				: (legacy != null) ? legacy : template;
		return figure(id, name, nameEn, unit, FigureKind.count, legacyMetric, cells, List.of(), List.of(), formula,
				comparability, note);
	}

	private static Figure rate(String id, String name, String nameEn, List<String> numerator, List<String> denominator,
			Comparability comparability, Note note) {
		String formula = "(" + String.join(" + ", numerator) + ") / (" + String.join(" + ", denominator)
				+ ") × 100; a group's rate is the ratio of its sums";
		return figure(id, name, nameEn, "%", FigureKind.rate, null, List.of(), numerator, denominator, formula,
				comparability, note);
	}

}
