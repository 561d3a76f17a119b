package io.gongkai.platform.download;

import java.nio.charset.StandardCharsets;

/**
 * The name a download is saved under: a {@code Content-Disposition} (RFC 6266) with the
 * name in UTF-8 as RFC 5987 writes it, which browsers use, and an ASCII name for clients
 * that cannot read it. Every service's downloads are named here.
 */
public final class DownloadNames {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private DownloadNames() {
	}

	/**
	 * The {@code Content-Disposition} of an attachment.
	 * @param fileName the name people see, in Chinese or English
	 * @param asciiFileName the name for clients that read only {@code filename}; anything
	 * outside printable ASCII, quotes and backslashes become {@code _}
	 */
	public static String attachment(String fileName, String asciiFileName) {
		StringBuilder encoded = new StringBuilder();
		for (byte octet : fileName.getBytes(StandardCharsets.UTF_8)) {
			char character = (char) (octet & 0xFF);
			if (isAttrChar(character)) {
				encoded.append(character);
			}
			else {
				encoded.append('%').append(HEX[(octet >> 4) & 0xF]).append(HEX[octet & 0xF]);
			}
		}
		String fallback = asciiFileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
	}

	/** The characters RFC 5987 leaves as they are in an extended value. */
	private static boolean isAttrChar(char character) {
		return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
				|| (character >= '0' && character <= '9') || "!#$&+-.^_`|~".indexOf(character) >= 0;
	}

}
