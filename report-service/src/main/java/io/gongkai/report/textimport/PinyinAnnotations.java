package io.gongkai.report.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes pinyin inserted after characters by some mirror sites: {@code 號(hào)} becomes
 * {@code 號}. Only a parenthesised syllable with a tone mark directly after a Han
 * character counts, in ASCII or full-width parentheses, so ordinary Latin text in
 * parentheses stays.
 */
final class PinyinAnnotations {

	private static final String LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

	private static final Pattern ANNOTATION = Pattern
		.compile("[(（]\\s*([" + LETTERS + "]{1,7}(?: [" + LETTERS + "]{1,7})?)\\s*[)）]");

	private static final AnchoredSearch SEARCH = new AnchoredSearch(ANNOTATION, "(（");

	private static final Pattern TONE_MARK = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");

	record Removed(String text, int count) {
	}

	Removed remove(String text) {
		if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
			return new Removed(text, 0);
		}
		List<int[]> spans = new ArrayList<>();
		SEARCH.forEach(text, (matcher) -> {
			boolean afterHan = matcher.start() > 0 && CommonHanzi.isHan(text.charAt(matcher.start() - 1));
			if (afterHan && TONE_MARK.matcher(matcher.group(1)).find()) {
				spans.add(new int[] { matcher.start(), matcher.end() });
			}
		});
		StringBuilder out = null;
		int last = 0;
		int count = 0;
		for (int[] span : spans) {
			if (out == null) {
				out = new StringBuilder(text.length());
			}
			out.append(text, last, span[0]);
			last = span[1];
			count++;
		}
		if (out == null) {
			return new Removed(text, 0);
		}
		out.append(text, last, text.length());
		return new Removed(out.toString(), count);
	}

}
