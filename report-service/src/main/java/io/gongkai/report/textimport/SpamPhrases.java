package io.gongkai.report.textimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds betting, lottery and adult site names injected into a report and removes them.
 * <p>
 * The rule: a run of adjacent vocabulary terms is spam when it holds a term that has no
 * place in a government report ({@code 博彩}, {@code 足球比分}, {@code 百家乐}, {@code bet365}...)
 * or at least two distinct gambling words that are harmless alone ({@code 澳门} +
 * {@code 金沙}). Site-name endings ({@code 娱乐}, {@code 平台}, {@code 官网}, a domain) extend a
 * run but never start one. Lawful compounds ({@code 体育彩票}, {@code 金沙县}, {@code 澳门特别行政区})
 * are protected first.
 */
final class SpamPhrases {

	private static final int STRONG = 2;

	private static final int GAMBLING = 1;

	private static final int SUFFIX = 0;

	private static final List<String> STRONG_TERMS = List.of("博彩", "赌场", "赌博", "赌球", "赌钱", "投注", "下注", "时时彩", "六合彩",
			"百家乐", "老虎机", "娱乐城", "娱乐场", "威尼斯人", "葡京", "新葡京", "送彩金", "彩金", "足球比分", "即时比分", "比分网", "比分直播", "球探", "真人视讯",
			"网投", "竞彩", "北京赛车", "幸运飞艇", "棋牌游戏", "德州扑克", "炸金花", "开户送", "注册送", "首存", "返水", "沙巴体育", "皇冠体育", "皇冠网", "威廉希尔",
			"太阳城", "银河娱乐", "金沙娱乐", "网上赌场", "彩票网", "彩票平台", "购彩", "开云体育", "半岛体育", "星空体育", "华体会", "真人娱乐", "电子游艺", "体育投注",
			"体彩网", "福彩网", "图库资料", "资料大全", "免费图库", "开奖直播", "开奖结果", "特码", "成人直播", "成人视频", "成人影院", "色情", "裸聊");

	private static final List<String> GAMBLING_TERMS = List.of("彩票", "棋牌", "真人", "澳门", "金沙", "足球", "篮球", "比分", "娱乐",
			"扑克", "电竞", "赛车", "捕鱼", "开奖", "威尼斯", "皇冠", "永利", "体育");

	private static final List<String> SUFFIX_TERMS = List.of("平台", "官网", "官方", "网址", "网站", "登录", "注册", "下载", "开户", "国际",
			"集团", "首页", "入口", "手机版", "网页版", "客户端", "在线", "app", "com", "www", "net", "vip");

	private static final List<String> PROTECTED = List.of("体育彩票", "福利彩票", "彩票公益金", "彩票管理", "彩票市场", "体彩公益", "体彩中心",
			"体彩销售", "福彩公益", "福彩中心", "福彩销售", "体育局", "体育中心", "体育场", "体育馆", "体育事业", "体育产业", "金沙县", "金沙江", "澳门特别行政区", "港澳",
			"足球场", "篮球场", "娱乐场所", "文化娱乐", "打击赌博", "禁赌", "反赌", "赌博违法", "体育总局", "体育运动");

	private static final List<String> ASCII_SPAM = List.of("bet", "casino", "poker", "slot", "baccarat", "365", "888",
			"pk10", "bbin", "vns", "amjs");

	private final Map<Character, List<Term>> termsByFirstChar = new HashMap<>();

	private final Map<Character, List<String>> protectedByFirstChar = new HashMap<>();

	private final java.util.BitSet firstChars = new java.util.BitSet(0x10000);

	private final java.util.BitSet protectedFirstChars = new java.util.BitSet(0x10000);

	SpamPhrases() {
		STRONG_TERMS.forEach((t) -> add(t, STRONG));
		GAMBLING_TERMS.forEach((t) -> add(t, GAMBLING));
		SUFFIX_TERMS.forEach((t) -> add(t, SUFFIX));
		this.termsByFirstChar.values()
			.forEach((list) -> list.sort(Comparator.comparingInt((Term t) -> -t.text.length())));
		for (String p : PROTECTED) {
			this.protectedByFirstChar.computeIfAbsent(p.charAt(0), (c) -> new ArrayList<>()).add(p);
			this.protectedFirstChars.set(p.charAt(0));
		}
		this.termsByFirstChar.keySet().forEach((c) -> {
			this.firstChars.set(c);
			this.firstChars.set(Character.toUpperCase(c));
		});
	}

	private void add(String text, int weight) {
		this.termsByFirstChar.computeIfAbsent(Character.toLowerCase(text.charAt(0)), (c) -> new ArrayList<>())
			.add(new Term(text, weight));
	}

	record Term(String text, int weight) {
	}

	record Removed(String text, List<ExtractionResult.SpamPhrase> phrases) {
	}

	Removed remove(String text) {
		StringBuilder out = null;
		List<ExtractionResult.SpamPhrase> phrases = new ArrayList<>();
		int copied = 0;
		int i = 0;
		while (i < text.length()) {
			int protectedLength = protectedAt(text, i);
			if (protectedLength > 0) {
				i += protectedLength;
				continue;
			}
			Term first = termAt(text, i, false);
			if (first == null || first.weight == SUFFIX) {
				i++;
				continue;
			}
			int firstLength = first.text.length();
			int end = i + firstLength;
			int strong = (first.weight == STRONG) ? 1 : 0;
			java.util.Set<String> gambling = new java.util.HashSet<>();
			if (first.weight == GAMBLING) {
				gambling.add(first.text);
			}
			// terms may overlap (金沙娱乐 + 娱乐城 + 官网): the run is the union of their spans
			for (int j = i + 1; j <= end && j < text.length(); j++) {
				if (j == end && protectedAt(text, j) > 0) {
					break;
				}
				Term term = termAt(text, j, strong > 0 || gambling.size() > 1);
				if (term == null) {
					continue;
				}
				if (term.weight == STRONG) {
					strong++;
				}
				else if (term.weight == GAMBLING) {
					gambling.add(term.text);
				}
				end = Math.max(end, j + term.text.length());
			}
			if (strong > 0 || gambling.size() >= 2) {
				if (out == null) {
					out = new StringBuilder(text.length());
				}
				out.append(text, copied, i);
				phrases.add(new ExtractionResult.SpamPhrase(text.substring(i, end), out.length()));
				copied = end;
				i = end;
			}
			else {
				i += firstLength;
			}
		}
		if (out == null) {
			return new Removed(text, List.of());
		}
		out.append(text, copied, text.length());
		return new Removed(out.toString(), phrases);
	}

	private int protectedAt(String text, int i) {
		if (!this.protectedFirstChars.get(text.charAt(i))) {
			return 0;
		}
		List<String> candidates = this.protectedByFirstChar.get(text.charAt(i));
		if (candidates != null) {
			for (String p : candidates) {
				if (text.startsWith(p, i)) {
					return p.length();
				}
			}
		}
		return 0;
	}

	private static boolean isAsciiTokenChar(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || ".-_".indexOf(c) >= 0);
	}

	/**
	 * The vocabulary term at this position: the longest Chinese term, or a whole ASCII
	 * token (a domain, a site code) that names a betting site, or, inside a spam run, any
	 * short ASCII token.
	 */
	private Term termAt(String text, int i, boolean inSpamRun) {
		char c = text.charAt(i);
		if (c >= 128 && !this.firstChars.get(c)) {
			return null;
		}
		if (c < 128 && Character.isLetterOrDigit(c)) {
			if (i > 0 && isAsciiTokenChar(text.charAt(i - 1))) {
				return null;
			}
			int end = i;
			while (end < text.length() && text.charAt(end) < 128
					&& (Character.isLetterOrDigit(text.charAt(end)) || ".-_".indexOf(text.charAt(end)) >= 0)) {
				end++;
			}
			String token = text.substring(i, end);
			String lower = token.toLowerCase(Locale.ROOT);
			if (ASCII_SPAM.stream().anyMatch(lower::contains) && !token.chars().allMatch(Character::isDigit)) {
				return new Term(token, STRONG);
			}
			boolean siteLike = lower.contains(".") || SUFFIX_TERMS.contains(lower);
			return (inSpamRun && siteLike && token.length() <= 40) ? new Term(token, SUFFIX) : null;
		}
		List<Term> candidates = this.termsByFirstChar.get(c);
		if (candidates != null) {
			for (Term term : candidates) {
				if (text.startsWith(term.text, i)) {
					return term;
				}
			}
		}
		return null;
	}

}
