package io.gongkai.report.textimport;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumbersTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "二十六, 26", "两, 2", "一百零五, 105", "〇, 0", "十, 10", "十二, 12", "一千二百三十六, 1236", "三万五千, 35000",
			"二〇一二, 2012", "一亿零三百万, 103000000", "万, 10000" })
	void chineseNumeralsHaveTheirValue(String numeral, long value) {
		assertThat(ChineseNumbers.parse(numeral)).isEqualByComparingTo(BigDecimal.valueOf(value));
	}

	@ParameterizedTest
	@CsvSource({ "二十a", "abc", "''" })
	void textThatIsNotANumeralHasNoValue(String text) {
		assertThat(ChineseNumbers.parse(text)).isNull();
	}

}
