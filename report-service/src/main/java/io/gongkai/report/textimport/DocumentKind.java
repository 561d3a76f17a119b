package io.gongkai.report.textimport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a file is, judged by its first bytes and, for text, by its content. */
enum DocumentKind {

	TEXT, HTML, PDF, DOCX, ZIP, OLE, PNG, JPEG, GIF, TIFF, BMP, WEBP;

	boolean isImage() {
		return this == PNG || this == JPEG || this == GIF || this == TIFF || this == BMP || this == WEBP;
	}

	static DocumentKind sniff(byte[] bytes) {
		if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return PDF;
		}
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			return containsAscii(bytes, "word/") ? DOCX : ZIP;
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			return OLE;
		}
		if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47)) {
			return PNG;
		}
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
			return GIF;
		}
		if (startsWith(bytes, 0x49, 0x49, 0x2A, 0x00) || startsWith(bytes, 0x4D, 0x4D, 0x00, 0x2A)) {
			return TIFF;
		}
		if (startsWith(bytes, 0x42, 0x4D) && bytes.length > 26 && bytes[6] == 0 && bytes[7] == 0) {
			return BMP;
		}
		if (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && bytes.length > 12 && bytes[8] == 'W' && bytes[9] == 'E') {
			return WEBP;
		}
		return looksLikeHtml(bytes) ? HTML : TEXT;
	}

	private static boolean looksLikeHtml(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		String trimmed = head.replaceFirst("^[\\s\\uFEFF\u00EF\u00BB\u00BF]+", "");
		return trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html") || head.contains("<body")
				|| (trimmed.startsWith("<") && (head.contains("<table") || head.contains("<p>") || head.contains("<div")
						|| head.contains("<meta")));
	}

	private static boolean containsAscii(byte[] bytes, String needle) {
		byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
		int limit = Math.min(bytes.length, 1 << 20) - n.length;
		outer: for (int i = 0; i <= limit; i++) {
			for (int j = 0; j < n.length; j++) {
				if (bytes[i + j] != n[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
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
