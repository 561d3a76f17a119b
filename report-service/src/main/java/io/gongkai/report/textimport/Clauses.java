package io.gongkai.report.textimport;

/**
 * Sentence and clause boundaries around an offset. A sentence ends at 。！？；, a line break
 * or a table bar; a clause also ends at a comma or colon.
 */
final class Clauses {

	private Clauses() {
	}

	static boolean endsSentence(char c) {
		return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n'
				|| c == '|';
	}

	static boolean endsClause(char c) {
		return endsSentence(c) || c == '，' || c == ',' || c == '：' || c == ':';
	}

	static int sentenceStart(String text, int offset) {
		int i = offset;
		while (i > 0 && !endsSentence(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	static int sentenceEnd(String text, int offset) {
		int i = offset;
		while (i < text.length() && !endsSentence(text.charAt(i))) {
			i++;
		}
		return i;
	}

	static int clauseStart(String text, int offset) {
		int i = offset;
		while (i > 0 && !endsClause(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	static int clauseEnd(String text, int offset) {
		int i = offset;
		while (i < text.length() && !endsClause(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * Evidence bounds for a figure: its clause, widened to the sentence when the clause
	 * is too short to be read alone ("其中，兼职59人"), trimmed of spaces.
	 */
	static int[] evidence(String text, int offset, int offsetEnd) {
		int start = clauseStart(text, offset);
		int end = clauseEnd(text, Math.max(offset, offsetEnd - 1));
		if (end - start < 8) {
			start = sentenceStart(text, offset);
		}
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return new int[] { start, end };
	}

}
