package io.gongkai.report.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.gongkai.report.validation.Finding;

/**
 * The key of a finding: the rule in lower case and the start of a SHA-256 of what it is
 * about (rule, cells, expected and found figures, English message), e.g.
 * {@code r5-3fa81c02d4e1}. The same finding on the same figures keeps its key across
 * saves; when the figures change, it is a new finding and needs a new explanation.
 */
final class FindingKeys {

	private FindingKeys() {
	}

	static String keyOf(Finding finding) {
		String identity = finding.rule() + "|" + String.join(",", finding.cells()) + "|" + finding.expected() + "|"
				+ finding.found() + "|" + finding.messageEn();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return finding.rule().name().toLowerCase() + "-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", exception);
		}
	}

}
