package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the catalogue metrics from a report's normalised text: every counted quantity is
 * matched against the {@link MetricRules}; the best candidate per metric is chosen by
 * tier, then by the rule's choice; "none" statements give 0 where no figure is stated.
 * <p>
 * Figures in the plans and problems sections are not the year's figures and are skipped;
 * so are figures over several years, changes and averages.
 */
final class MetricExtractor {

	private static final Pattern QI_ZHONG = Pattern.compile("其中");

	/** How far after a count of people its label may stand: "配备了1名专职工作人员". */
	private static final int LABEL_AFTER = 2;

	/**
	 * "通过网站、公开栏等形式": a list of channels introduces an overall figure, not one channel's.
	 */
	private static final Pattern CHANNEL_LIST = Pattern.compile("通过[^，,。；;]{0,60}?等(?:形式|渠道|方式|载体|途径|平台|媒介)");

	/** The outcome words of a reconsideration or a lawsuit, whichever was named last. */
	private static final Pattern CASE_KIND = Pattern.compile("复议|诉讼|起诉");

	private static final Pattern ALL_MAINTAINED = Pattern.compile("(?:均|全部|都|皆)(?:予以|被|为|判决|裁定)?(?:维持|驳回)|维持|驳回");

	private static final Pattern NOT_ALL_MAINTAINED = Pattern.compile("纠正|撤销|确认违法|审理中|未审结|尚未|未结|败诉|终止");

	private final NumberScanner numbers = new NumberScanner();

	private final NoneStatements noneStatements = new NoneStatements();

	private record Candidate(MetricRule rule, NumberScanner.Quantity quantity, int tier, int order,
			boolean statedTotal) {
	}

	Map<String, MetricValue> extract(String text, List<SectionSplitter.Section> sections) {
		List<NumberScanner.Quantity> quantities = this.numbers.scan(text);
		Map<String, List<Candidate>> candidates = new HashMap<>();
		for (int k = 0; k < quantities.size(); k++) {
			NumberScanner.Quantity q = quantities.get(k);
			SectionSplitter.Section section = SectionSplitter.at(sections, q.start());
			if (section.kind() == SectionSplitter.Kind.PLAN || section.kind() == SectionSplitter.Kind.PROBLEMS) {
				continue;
			}
			int sentenceStart = Clauses.sentenceStart(text, q.start());
			int clauseStart = Clauses.clauseStart(text, q.start());
			int clauseEnd = Clauses.clauseEnd(text, q.end());
			int labelStart = clauseStart;
			if (k > 0 && quantities.get(k - 1).end() > clauseStart) {
				labelStart = quantities.get(k - 1).end();
			}
			String label = CHANNEL_LIST.matcher(text.substring(labelStart, q.start())).replaceAll("");
			String clauseBefore = text.substring(clauseStart, q.start());
			if (MetricRules.CUMULATIVE.matcher(clauseBefore).find() || MetricRules.NOT_A_COUNT.matcher(label).find()
					|| MetricRules.COUNT_TO_DATE.matcher(text.substring(sentenceStart, q.start())).find()) {
				continue;
			}
			String clause = text.substring(clauseStart, clauseEnd);
			boolean inBreakdown = inBreakdown(text, quantities, k, sentenceStart);
			String sentence = null;
			String after = text.substring(q.end(), Math.min(text.length(), q.end() + LABEL_AFTER));
			for (MetricRule rule : MetricRules.RULES) {
				boolean labelled = rule.label().matcher(label).find()
						|| (MetricRules.PEOPLE.contains(q.unit()) && rule.label().matcher(after).lookingAt());
				if (!rule.units().contains(q.unit()) || !labelled || rule.labelExcludes().matcher(label).find()
						|| (inBreakdown && !rule.partOfBreakdown())) {
					continue;
				}
				if (rule.clauseRequires() != null && !rule.clauseRequires().matcher(clause).find()) {
					continue;
				}
				if (rule.metric().endsWith(".corrected") && !isAbout(text, sentenceStart, q.start(), rule.metric())) {
					continue;
				}
				if (rule.topic() != null) {
					if (sentence == null) {
						sentence = text.substring(sentenceStart, Clauses.sentenceEnd(text, q.end()));
					}
					if (!rule.topic().matcher(sentence).find() && !rule.topic().matcher(section.title()).find()
							&& !MetricRules.isHomeSection(rule.metric(), section.kind())
							&& !rule.topic().matcher(sentenceBeforeIn(text, sentenceStart)).find()) {
						continue;
					}
				}
				int tier = (MetricRules.TOTAL_WORDS.matcher(label).find() ? 2 : 0)
						+ ((rule.preferred() != null && rule.preferred().matcher(clause).find()) ? 1 : 0);
				candidates.computeIfAbsent(rule.metric(), (m) -> new ArrayList<>())
					.add(new Candidate(rule, q, tier, k, STATED_TOTAL.matcher(label).find()));
			}
		}
		Map<String, MetricValue> chosen = new HashMap<>();
		candidates.forEach((metric, list) -> chosen.put(metric, toValue(text, best(list))));
		promoteWebsiteToTotal(chosen,
				candidates.containsKey("proactive.total") && best(candidates.get("proactive.total")).statedTotal());
		Map<String, NoneStatements.Zero> zeros = this.noneStatements.find(text, sections);
		zeros.forEach((metric, zero) -> chosen.putIfAbsent(metric,
				MetricValue.of(BigDecimal.ZERO, Qualifier.EXACT, text, zero.start(), zero.end())));
		inferNoneCorrected(text, chosen, "review.total", "review.corrected");
		inferNoneCorrected(text, chosen, "litigation.total", "litigation.corrected");
		return inCatalogueOrder(chosen);
	}

	/**
	 * The sentence before, within the same paragraph: "共收到申请7件；予以公开3件" speaks of requests
	 * in both.
	 */
	private static String sentenceBeforeIn(String text, int sentenceStart) {
		if (sentenceStart == 0 || text.charAt(sentenceStart - 1) == '\n') {
			return "";
		}
		return text.substring(Clauses.sentenceStart(text, sentenceStart - 1), sentenceStart);
	}

	/**
	 * A quantity after 其中 is part of a breakdown when it counts in the same unit as the
	 * quantity 其中 breaks down (or when 其中 opens the sentence and refers to the previous
	 * one).
	 */
	private static boolean inBreakdown(String text, List<NumberScanner.Quantity> quantities, int k, int sentenceStart) {
		NumberScanner.Quantity q = quantities.get(k);
		java.util.regex.Matcher m = QI_ZHONG.matcher(text).region(sentenceStart, q.start());
		int qiZhong = -1;
		while (m.find()) {
			qiZhong = m.start();
		}
		if (qiZhong < 0) {
			return false;
		}
		for (int j = k - 1; j >= 0; j--) {
			NumberScanner.Quantity previous = quantities.get(j);
			if (previous.end() <= sentenceStart) {
				break;
			}
			if (previous.end() <= qiZhong) {
				return previous.unit().equals(q.unit());
			}
		}
		return true;
	}

	/**
	 * An outcome count ("撤销1件") belongs to the reconsideration or the lawsuit the
	 * sentence last named before it.
	 */
	private static boolean isAbout(String text, int sentenceStart, int offset, String metric) {
		java.util.regex.Matcher kind = CASE_KIND.matcher(text).region(sentenceStart, offset);
		String last = null;
		while (kind.find()) {
			last = kind.group();
		}
		return last != null && (metric.startsWith("review.") == last.equals("复议"));
	}

	private static Candidate best(List<Candidate> list) {
		Candidate best = list.get(0);
		for (Candidate c : list) {
			if (c.tier > best.tier) {
				best = c;
			}
			else if (c.tier == best.tier && c.rule.choice() == MetricRule.Choice.LARGEST
					&& c.quantity.value().compareTo(best.quantity.value()) > 0) {
				best = c;
			}
		}
		return best;
	}

	private static MetricValue toValue(String text, Candidate candidate) {
		NumberScanner.Quantity q = candidate.quantity;
		int[] bounds = Clauses.evidence(text, q.start(), q.end());
		return MetricValue.of(q.value(), q.qualifier(), text, bounds[0], bounds[1]);
	}

	/**
	 * The contract's website count is the count given beside the overall one; when the
	 * text gives only the website count, or an "overall" smaller than it (a count of one
	 * kind of item, which no overall count can be), the website count is the overall
	 * figure.
	 */
	/** A count the report states as the sum of others (not merely the year's: 全年). */
	private static final java.util.regex.Pattern STATED_TOTAL = java.util.regex.Pattern.compile("共|总计|合计|总数|总共");

	private static void promoteWebsiteToTotal(Map<String, MetricValue> chosen, boolean totalStated) {
		MetricValue website = chosen.get("proactive.website");
		MetricValue total = chosen.get("proactive.total");
		if (website != null
				&& (total == null || (!totalStated && total.value().doubleValue() < website.value().doubleValue()))) {
			chosen.put("proactive.total", chosen.remove("proactive.website"));
		}
	}

	/**
	 * "行政复议1件，已办结，维持原行政行为": when every case was maintained, none was decided against the
	 * agency.
	 */
	private static void inferNoneCorrected(String text, Map<String, MetricValue> chosen, String total,
			String corrected) {
		MetricValue value = chosen.get(total);
		if (value == null || chosen.containsKey(corrected) || value.value().longValue() <= 0) {
			return;
		}
		int start = Clauses.sentenceStart(text, value.start());
		int end = Clauses.sentenceEnd(text, value.end());
		String sentence = text.substring(start, end);
		java.util.regex.Matcher maintained = ALL_MAINTAINED.matcher(sentence);
		if (!maintained.find() || NOT_ALL_MAINTAINED.matcher(sentence).find()) {
			return;
		}
		boolean all = value.value().longValue() == 1
				|| !(maintained.group().equals("维持") || maintained.group().equals("驳回"));
		if (all) {
			chosen.put(corrected, MetricValue.of(BigDecimal.ZERO, Qualifier.EXACT, text, start, end));
		}
	}

	private static Map<String, MetricValue> inCatalogueOrder(Map<String, MetricValue> chosen) {
		Map<String, MetricValue> ordered = new LinkedHashMap<>();
		for (MetricRule rule : MetricRules.RULES) {
			MetricValue value = chosen.get(rule.metric());
			if (value != null) {
				ordered.put(rule.metric(), value);
			}
		}
		return ordered;
	}

}
