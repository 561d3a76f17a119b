package io.gongkai.gateway.apikey;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key is shown once, to whoever asked for it: a log line that prints what was issued
 * never carries the key.
 */
class IssuedKeyPrintingTests {

	private static final String KEY = "gk_4f9c2a7d1e0b8c6a5f3e2d1c0b9a8f7e";

	@Test
	void anIssuedKeyPrintsWithoutTheKey() {
		ApiKey stored = new ApiKey("id-1", "hash", "研究者", "reader@example.org", "研究", Instant.EPOCH, null, 0, null,
				null);

		assertThat(new ApiKeys.IssuedKey(stored, KEY).toString()).doesNotContain(KEY).contains("<hidden>");
		assertThat(new ApiKeyController.IssuedKeyView("id-1", KEY, "研究者", Instant.EPOCH, "X-Api-Key").toString())
			.doesNotContain(KEY)
			.contains("<hidden>");
	}

}
