package io.gongkai.tenant.agency.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Brings an agency name to the form search compares: compatibility characters folded
 * (full-width letters and digits), traditional characters simplified, spaces and
 * punctuation dropped, Latin letters lower-cased, short forms expanded.
 */
final class NameNormaliser {

	private final ShortForms shortForms;

	private final Transliterator simplifier = Transliterator.getInstance("Traditional-Simplified");

	/**
	 * Simplified form of each character met so far; names are short, the alphabet small.
	 */
	private final Map<Integer, String> simplified = new ConcurrentHashMap<>();

	NameNormaliser(ShortForms shortForms) {
		this.shortForms = shortForms;
	}

	NormalisedName normalise(String raw) {
		List<String> notes = new ArrayList<>();
		if (raw == null) {
			return new NormalisedName("", notes);
		}
		String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		StringBuilder kept = new StringBuilder(folded.length());
		boolean dropped = false;
		boolean traditional = false;
		for (int i = 0; i < folded.length();) {
			int codePoint = folded.codePointAt(i);
			i += Character.charCount(codePoint);
			if (!Character.isLetterOrDigit(codePoint)) {
				dropped = true;
				continue;
			}
			if (codePoint < 0x80) {
				kept.append((char) Character.toLowerCase(codePoint));
				continue;
			}
			String simple = simplify(codePoint);
			traditional |= simple.length() != Character.charCount(codePoint) || simple.codePointAt(0) != codePoint;
			kept.append(simple);
		}
		if (traditional) {
			notes.add("traditional characters simplified");
		}
		if (dropped) {
			notes.add("spaces and punctuation ignored");
		}
		List<String> expanded = new ArrayList<>();
		String canonical = this.shortForms.expand(kept.toString(), expanded);
		expanded.forEach((shortForm) -> notes.add("short form '" + shortForm + "' expanded"));
		return new NormalisedName(canonical, notes);
	}

	private String simplify(int codePoint) {
		return this.simplified.computeIfAbsent(codePoint, (c) -> {
			synchronized (this.simplifier) {
				return this.simplifier.transliterate(new String(Character.toChars(c)));
			}
		});
	}

	/**
	 * A name as search compares it, and what was done to reach that form.
	 */
	record NormalisedName(String canonical, List<String> notes) {

		boolean isEmpty() {
			return this.canonical.isEmpty();
		}

	}

}
