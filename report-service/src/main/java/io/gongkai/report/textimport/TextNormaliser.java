package io.gongkai.report.textimport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs a report's text before figures are read from it, and records what it repaired:
 * mojibake, lost characters left as {@code ?}, pinyin annotations, traditional script,
 * injected spam phrases, truncation. The result is the normalised text that evidence and
 * offsets refer to.
 */
final class TextNormaliser {

	private final MojibakeRepair mojibake = new MojibakeRepair();

	private final PlaceholderChars placeholders = new PlaceholderChars();

	private final PinyinAnnotations pinyin = new PinyinAnnotations();

	private final TraditionalToSimplified traditional = new TraditionalToSimplified();

	private final SpamPhrases spam = new SpamPhrases();

	private final TruncationCheck truncation = new TruncationCheck();

	/**
	 * A normalised text.
	 *
	 * @param text the repaired text
	 * @param flags what was repaired or detected
	 * @param spam the spam phrases removed, positioned in {@code text}
	 */
	record NormalisedText(String text, Set<TextFlag> flags, List<ExtractionResult.SpamPhrase> spam) {
	}

	NormalisedText normalise(String raw, int invalidSequences) {
		EnumSet<TextFlag> flags = EnumSet.noneOf(TextFlag.class);
		if (invalidSequences > 0) {
			flags.add(TextFlag.MOJIBAKE);
		}
		MojibakeRepair.Repaired repaired = this.mojibake.repair(raw);
		if (repaired.repaired()) {
			flags.add(TextFlag.MOJIBAKE);
		}
		String text = unifyForms(repaired.text());
		PlaceholderChars.Replaced replaced = this.placeholders.replace(text);
		if (replaced.runs() > 0) {
			flags.add(TextFlag.PLACEHOLDER_CHARS);
		}
		PinyinAnnotations.Removed withoutPinyin = this.pinyin.remove(replaced.text());
		if (withoutPinyin.count() > 0) {
			flags.add(TextFlag.PINYIN_ANNOTATIONS);
		}
		TraditionalToSimplified.Converted simplified = this.traditional.convert(withoutPinyin.text());
		if (simplified.converted()) {
			flags.add(TextFlag.TRADITIONAL_SCRIPT);
		}
		SpamPhrases.Removed withoutSpam = this.spam.remove(simplified.text());
		if (!withoutSpam.phrases().isEmpty()) {
			flags.add(TextFlag.SPAM_INJECTION);
		}
		if (this.truncation.isTruncated(withoutSpam.text())) {
			flags.add(TextFlag.TRUNCATED);
		}
		return new NormalisedText(withoutSpam.text(), flags, withoutSpam.phrases());
	}

	/**
	 * Line ends to {@code \n}, full-width digits, Latin letters and percent signs to
	 * ASCII, non-breaking and ideographic spaces to plain spaces; everything else is
	 * kept.
	 */
	static String unifyForms(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					continue;
				}
				out.append('\n');
			}
			else if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％'
					|| c == '．') {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\u2002' || c == '\u2003') {
				out.append(' ');
			}
			else if (c != '\uFEFF' && c != '\u200B') {
				out.append(c);
			}
		}
		return out.toString();
	}

}
