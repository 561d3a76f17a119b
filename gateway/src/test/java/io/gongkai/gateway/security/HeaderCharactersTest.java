package io.gongkai.gateway.security;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTest {

	// Spring Security's default rules, which HeaderCharacters must keep exactly
	private static final Pattern DEFAULT_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern DEFAULT_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsBySpringSecurityDefaults() {
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = "a" + Character.toString(codePoint) + "b";
			assertThat(HeaderCharacters.isAllowedName(text)).as("name U+%04X", codePoint)
				.isEqualTo(DEFAULT_NAME.matcher(text).matches());
			assertThat(HeaderCharacters.isAllowedValue(text)).as("value U+%04X", codePoint)
				.isEqualTo(DEFAULT_VALUE.matcher(text).matches());
		}
	}

	@Test
	void headerInjectionIsRefusedAndOrdinaryValuesPass() {
		assertThat(HeaderCharacters.isAllowedValue("Bearer eyJhbGciOi.abc-_")).isTrue();
		assertThat(HeaderCharacters.isAllowedValue("辽宁省\t人民政府")).isTrue();
		assertThat(HeaderCharacters.isAllowedValue("ok\r\nSet-Cookie: x=1")).isFalse();
		assertThat(HeaderCharacters.isAllowedName("X-Tab\tName")).isFalse();
	}

}
