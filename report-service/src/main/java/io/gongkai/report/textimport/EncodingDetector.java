package io.gongkai.report.textimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes the bytes of a text file whose encoding is not declared: UTF-8 (with or without
 * BOM), UTF-16 with BOM, GB18030/GBK or Big5.
 * <p>
 * Valid UTF-8 is taken as UTF-8: text in GBK or Big5 is practically never valid UTF-8.
 * Otherwise each candidate decoding is scored by how plausible it is as Chinese: the
 * share of frequent characters (simplified or traditional) against rare ones, with a
 * heavy penalty per undecodable sequence. GBK bytes read as Big5 (and the reverse) give
 * rare characters and invalid sequences, so the right reading wins. Undecodable bytes
 * never raise an exception: they become U+FFFD and are reported.
 */
final class EncodingDetector {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950")
			: Charset.forName("Big5");

	private static final List<Charset> LEGACY_CANDIDATES = List.of(StandardCharsets.UTF_8, GB18030, BIG5);

	/**
	 * Decoded text.
	 *
	 * @param text the text, without BOM
	 * @param charset the encoding chosen
	 * @param invalidSequences how many byte sequences could not be decoded
	 */
	record DecodedText(String text, Charset charset, int invalidSequences) {
	}

	DecodedText decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return lenient(bytes, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return lenient(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return lenient(bytes, 2, StandardCharsets.UTF_16BE);
		}
		String utf8 = strictUtf8(bytes);
		if (utf8 != null) {
			return new DecodedText(utf8, StandardCharsets.UTF_8, 0);
		}
		DecodedText best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (Charset charset : LEGACY_CANDIDATES) {
			DecodedText candidate = lenient(bytes, 0, charset);
			double score = CommonHanzi.score(candidate.text()).plausibility();
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static String strictUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static DecodedText lenient(byte[] bytes, int offset, Charset charset) {
		String text = new String(bytes, offset, bytes.length - offset, charset);
		int replacements = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\uFFFD') {
				replacements++;
			}
		}
		return new DecodedText(text, charset, replacements);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
