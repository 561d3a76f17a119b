package io.gongkai.report.textimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements that something did not happen, which the contract reads as a figure of 0:
 * "未收到政府信息公开申请", "没有发生行政复议、行政诉讼和申诉", "均未收费", "数量均为0". A negation speaks of the metrics
 * named after it in the same clause, so one clause can zero several metrics
 * ("未发生…行政复议、提起行政诉讼的情况").
 */
final class NoneStatements {

	private static final Pattern NEGATION = Pattern
		.compile("(?:未|尚未|均未|从未|未曾|并未|暂未)(?:发生|收到|接到|出现|产生|涉及|有|被|受理|接收)|没有|(?<![无])无(?![法偿论需须其正专])");

	/** "无因政府信息公开引起的…": 无 reaches as far as the other negations. */
	private static final Pattern LONG_SCOPE_AFTER_WU = Pattern.compile("(?:一例|一起|一件|一宗)?(?:因|涉及|有关|关于|针对|提起|发生)");

	private static final Pattern FEES_CUE = Pattern.compile("收费|费用");

	private static final Pattern RECEIVING = Pattern.compile("收到|接到|受理|接收|有|发生");

	private static final Pattern RECEIVED_AFTER_NEGATION = Pattern
		.compile("(?:收到|接到|受理|接收|发生)|(?:任何)?(?:公民|人|单位|组织|申请人)[^，,。；;]{0,8}?(?:提出|申请)|依申请公开");

	private static final Pattern FEES_NONE = Pattern
		.compile("(?:均未|未|没有|不|免予|免)(?:向[^，,。；;]{0,20}?)?(?:收取|收)[^，,。；;]{0,14}?费|免费(?:提供|向|办理)|零收费");

	private static final Pattern ZERO = Pattern.compile("(?:均|都|皆)?(?:为|是)\\s*(?:0|零|〇)(?![\\d.])");

	private static final Pattern NOT_REQUESTS = Pattern.compile("复议|诉讼|投诉|举报|咨询|申诉");

	private static final Map<String, Pattern> CUES = cues();

	private static final AnchoredSearch NEGATION_SEARCH = new AnchoredSearch(NEGATION, "未尚均从并暂没无");

	private static final AnchoredSearch FEES_SEARCH = new AnchoredSearch(FEES_NONE, "均未没不免零");

	private static final AnchoredSearch ZERO_SEARCH = new AnchoredSearch(ZERO, "均都皆为是");

	/** Where a "none" statement about a metric stands. */
	record Zero(int start, int end) {
	}

	Map<String, Zero> find(String text, List<SectionSplitter.Section> sections) {
		Map<String, Zero> zeros = new LinkedHashMap<>();
		List<int[]> negations = new ArrayList<>();
		NEGATION_SEARCH.forEach(text, (m) -> negations.add(new int[] { m.start(), m.end() }));
		for (int[] found : negations) {
			Matcher negation = NEGATION.matcher(text).region(found[0], found[1]);
			negation.lookingAt();
			SectionSplitter.Section section = SectionSplitter.at(sections, negation.start());
			if (excluded(section)) {
				continue;
			}
			int clauseEnd = Clauses.clauseEnd(text, negation.end());
			boolean bare = negation.group().equals("无") && !LONG_SCOPE_AFTER_WU.matcher(text)
				.region(negation.end(), Math.min(text.length(), negation.end() + 4))
				.lookingAt();
			String after = text.substring(negation.end(), Math.min(clauseEnd, negation.end() + (bare ? 6 : 34)));
			String sentence = text.substring(Clauses.sentenceStart(text, negation.start()),
					Clauses.sentenceEnd(text, negation.end()));
			boolean aboutDisclosure = MetricRules.aboutDisclosure(sentence)
					|| section.kind() == SectionSplitter.Kind.REVIEW
					|| section.kind() == SectionSplitter.Kind.CONSULTATION;
			for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
				Matcher m = cue.getValue().matcher(after);
				if (!m.find() || !aboutDisclosure) {
					continue;
				}
				String metric = cue.getKey();
				if (metric.equals("requests.received") && !speaksOfReceiving(negation.group(), after, m.start())) {
					continue;
				}
				if (metric.endsWith(".corrected")
						&& (m.start() > 2 || !sentence.contains(metric.startsWith("review") ? "复议" : "诉讼"))) {
					continue;
				}
				record(zeros, metric, text, negation.start());
			}
		}
		FEES_SEARCH.forEach(text, (fees) -> {
			String clause = text.substring(Clauses.clauseStart(text, fees.start()),
					Clauses.clauseEnd(text, fees.end()));
			if (!clause.contains("经费") && !clause.contains("支出")
					&& !excluded(SectionSplitter.at(sections, fees.start()))) {
				record(zeros, "fees.collected_yuan", text, fees.start());
			}
		});
		ZERO_SEARCH.forEach(text, (zero) -> {
			int clauseStart = Clauses.clauseStart(text, zero.start());
			String before = text.substring(clauseStart, zero.start());
			for (Map.Entry<String, Pattern> cue : CUES.entrySet()) {
				if (cue.getValue().matcher(before).find() && !cue.getKey().endsWith(".corrected")) {
					record(zeros, cue.getKey(), text, zero.start());
				}
			}
			if (FEES_CUE.matcher(before).find()) {
				record(zeros, "fees.collected_yuan", text, zero.start());
			}
		});
		return zeros;
	}

	/**
	 * A "none" about requests must say none was received ("未收到…申请", "没有人提出申请"), not that
	 * something else did not happen to a request, nor speak of a reconsideration request.
	 */
	private static boolean speaksOfReceiving(String negation, String after, int cueStart) {
		if (NOT_REQUESTS.matcher(after.substring(0, cueStart)).find()) {
			return false;
		}
		if (negation.equals("没有") || negation.equals("无")) {
			return RECEIVED_AFTER_NEGATION.matcher(after).lookingAt();
		}
		return RECEIVING.matcher(negation).find();
	}

	private static boolean excluded(SectionSplitter.Section section) {
		return section.kind() == SectionSplitter.Kind.PLAN || section.kind() == SectionSplitter.Kind.PROBLEMS;
	}

	private static void record(Map<String, Zero> zeros, String metric, String text, int offset) {
		if (!zeros.containsKey(metric)) {
			int[] bounds = Clauses.evidence(text, offset, offset + 1);
			zeros.put(metric, new Zero(bounds[0], bounds[1]));
		}
	}

	private static Map<String, Pattern> cues() {
		Map<String, Pattern> cues = new LinkedHashMap<>();
		cues.put("requests.received", Pattern.compile("申请(?!行政复议|复议)"));
		cues.put("review.corrected", Pattern.compile("^被?(?:纠正|撤销|纠错|确认违法)"));
		cues.put("litigation.corrected", Pattern.compile("^被?(?:判决)?(?:败诉|纠正|撤销)"));
		cues.put("review.total", Pattern.compile("复议"));
		cues.put("litigation.total", Pattern.compile("诉讼|起诉"));
		cues.put("complaints.total", Pattern.compile("申诉|投诉|举报"));
		cues.put("requests.denied", Pattern.compile("^(?:发生|出现)?不予公开"));
		cues.put("fees.collected_yuan", Pattern.compile("收费|收取[^，,。；;]{0,6}费"));
		return cues;
	}

}
