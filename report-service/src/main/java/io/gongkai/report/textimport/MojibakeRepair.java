package io.gongkai.report.textimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs text that went through a wrong decoding before it was saved: UTF-8 or GBK bytes
 * read as Latin-1/Windows-1252 ({@code æ”¿åºœ}), UTF-8 bytes read as GBK ({@code 鏀垮簻}),
 * and the {@code 锟斤拷} left where replacement characters were themselves mis-decoded.
 * <p>
 * Each line is re-encoded the way it was wrongly decoded and decoded again the right way;
 * the repair is kept only when the result is clearly more plausible Chinese (far more
 * frequent characters), so correct lines are never touched.
 */
final class MojibakeRepair {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Pattern KUN_JIN_KAO = Pattern.compile("(?:锟斤拷)+|(?:烫烫)+|(?:屯屯)+");

	record Repaired(String text, boolean repaired) {
	}

	Repaired repair(String text) {
		boolean repaired = false;
		String current = text;
		if (current.indexOf('锟') >= 0 || current.indexOf('烫') >= 0 || current.indexOf('屯') >= 0) {
			String replaced = KUN_JIN_KAO.matcher(current).replaceAll("\uFFFD");
			repaired = !replaced.equals(current);
			current = replaced;
		}
		StringBuilder out = null;
		int lineStart = 0;
		while (lineStart <= current.length()) {
			int lineEnd = current.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = current.length();
			}
			String line = current.substring(lineStart, lineEnd);
			String fixed = repairLine(line);
			if (fixed != null) {
				if (out == null) {
					out = new StringBuilder(current.length()).append(current, 0, lineStart);
				}
				out.append(fixed);
				repaired = true;
			}
			else if (out != null) {
				out.append(line);
			}
			if (lineEnd < current.length() && out != null) {
				out.append('\n');
			}
			lineStart = lineEnd + 1;
		}
		return new Repaired((out != null) ? out.toString() : current, repaired);
	}

	private static String repairLine(String line) {
		int latin = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c >= 0xC0 && c <= 0xFF) {
				latin++;
			}
		}
		CommonHanzi.Score before = CommonHanzi.score(line);
		if (latin >= 4 && before.han() < latin) {
			byte[] bytes = latin1Bytes(line);
			if (bytes != null) {
				String best = better(line, before, new String(bytes, StandardCharsets.UTF_8));
				String gb = better(line, before, new String(bytes, GB18030));
				if (gb != null && (best == null
						|| CommonHanzi.score(gb).plausibility() > CommonHanzi.score(best).plausibility())) {
					best = gb;
				}
				return best;
			}
		}
		if (before.han() >= 6 && before.commonShare() < 0.45) {
			String candidate = new String(line.getBytes(GB18030), StandardCharsets.UTF_8);
			return better(line, before, candidate);
		}
		return null;
	}

	private static String better(String line, CommonHanzi.Score before, String candidate) {
		CommonHanzi.Score after = CommonHanzi.score(candidate);
		boolean plausible = after.han() >= 2 && after.commonShare() >= 0.7 && after.replacement() * 4 <= after.han();
		return (plausible && after.plausibility() > before.plausibility()) ? candidate : null;
	}

	/** The bytes a Latin-1 or Windows-1252 decoding turned into these characters. */
	private static byte[] latin1Bytes(String line) {
		byte[] bytes = new byte[line.length()];
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c <= 0xFF) {
				bytes[i] = (byte) c;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(WINDOWS_1252);
				if (encoded.length != 1 || encoded[0] == '?') {
					return null;
				}
				bytes[i] = encoded[0];
			}
		}
		return bytes;
	}

}
