package io.gongkai.report.textimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the runs of {@code ?} and {@code U+FFFD} left where spaces or characters were
 * lost with a single space. A {@code ?} that belongs to a URL query or ends a real
 * question is kept.
 */
final class PlaceholderChars {

	private static final Pattern RUN = Pattern.compile("[?\uFFFD]+");

	private static final Pattern QUESTION_WORDS = Pattern.compile("[吗呢么]|什么|怎么|如何|是否|为何|哪");

	record Replaced(String text, int runs) {
	}

	Replaced replace(String text) {
		if (text.indexOf('?') < 0 && text.indexOf('\uFFFD') < 0) {
			return new Replaced(text, 0);
		}
		Matcher matcher = RUN.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int last = 0;
		int runs = 0;
		while (matcher.find()) {
			if (isGenuine(text, matcher.start(), matcher.end())) {
				continue;
			}
			out.append(text, last, matcher.start()).append(' ');
			last = matcher.end();
			runs++;
		}
		out.append(text, last, text.length());
		return new Replaced(out.toString(), runs);
	}

	private static boolean isGenuine(String text, int start, int end) {
		if (end - start != 1 || text.charAt(start) != '?') {
			return false;
		}
		char before = (start > 0) ? text.charAt(start - 1) : ' ';
		char after = (end < text.length()) ? text.charAt(end) : ' ';
		if (isAsciiWordChar(before) && (isAsciiWordChar(after) || after == '=')) {
			return true;
		}
		if (CommonHanzi.isHan(before)) {
			int clauseStart = Math.max(0, start - 30);
			return QUESTION_WORDS.matcher(text.substring(clauseStart, start)).find();
		}
		return false;
	}

	private static boolean isAsciiWordChar(char c) {
		return (c < 128) && (Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_');
	}

}
