package io.gongkai.report.textimport;

import java.util.BitSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where one of its possible first characters stands. Java's regex
 * engine tries every position of a long text; most patterns of the extractor can only
 * start on a handful of characters (a digit, 未, 发...), so trying just those positions
 * makes a scan of a report several times faster with the same matches.
 */
final class AnchoredSearch {

	private final Pattern pattern;

	private final BitSet firstChars = new BitSet(0x10000);

	/** A cheap test of a candidate position (its neighbours), or null. */
	private final java.util.function.BiPredicate<String, Integer> precondition;

	AnchoredSearch(Pattern pattern, String firstChars) {
		this(pattern, firstChars, null);
	}

	AnchoredSearch(Pattern pattern, String firstChars, java.util.function.BiPredicate<String, Integer> precondition) {
		this.pattern = pattern;
		this.precondition = precondition;
		firstChars.chars().forEach(this.firstChars::set);
	}

	private boolean candidate(String text, int i) {
		return this.firstChars.get(text.charAt(i)) && (this.precondition == null || this.precondition.test(text, i));
	}

	static AnchoredSearch digitsAnd(Pattern pattern, String otherFirstChars) {
		return new AnchoredSearch(pattern, "0123456789" + otherFirstChars);
	}

	/**
	 * Calls back with each non-overlapping match in {@code [from, to)}, left to right.
	 */
	void forEach(String text, int from, int to, Consumer<Matcher> action) {
		Matcher m = this.pattern.matcher(text);
		m.useTransparentBounds(true).useAnchoringBounds(false);
		int i = from;
		while (i < to) {
			if (!candidate(text, i)) {
				i++;
				continue;
			}
			m.region(i, to);
			if (m.lookingAt()) {
				action.accept(m);
				i = Math.max(m.end(), i + 1);
			}
			else {
				i++;
			}
		}
	}

	void forEach(String text, Consumer<Matcher> action) {
		forEach(text, 0, text.length(), action);
	}

	/**
	 * The first match in {@code [from, to)}, as {@code {start, end}}, or {@code null}.
	 */
	Matcher first(String text, int from, int to) {
		Matcher m = this.pattern.matcher(text);
		m.useTransparentBounds(true).useAnchoringBounds(false);
		for (int i = from; i < to; i++) {
			if (candidate(text, i)) {
				m.region(i, to);
				if (m.lookingAt()) {
					return m;
				}
			}
		}
		return null;
	}

}
