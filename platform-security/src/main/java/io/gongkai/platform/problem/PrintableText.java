package io.gongkai.platform.problem;

/**
 * Whether text can be printed in a document: no control character other than tab, line
 * feed and carriage return, no lone half of a surrogate pair, no non-character.
 */
public final class PrintableText {

	private PrintableText() {
	}

	/**
	 * The index of the first character that cannot be printed, or -1 when there is none.
	 */
	public static int firstUnprintable(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
					if (isNonCharacter(codePoint)) {
						return i;
					}
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c)) {
				return i;
			}
			if (c == '\t' || c == '\n' || c == '\r') {
				continue;
			}
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isNonCharacter(c)) {
				return i;
			}
		}
		return -1;
	}

	/** How the character at the index is written in a message, such as {@code U+0000}. */
	public static String describe(CharSequence text, int index) {
		return String.format("U+%04X", (int) text.charAt(index));
	}

	private static boolean isNonCharacter(int codePoint) {
		return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
	}

}
