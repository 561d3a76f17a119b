package io.gongkai.report.textimport;

import java.math.BigDecimal;

/**
 * Chinese numerals: {@code 二十六} = 26, {@code 两} = 2, {@code 一百零五} = 105, {@code 三万五千} =
 * 35000, {@code 十二} = 12, and digit by digit {@code 二〇一二} = 2012.
 */
final class ChineseNumbers {

	static final String NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";

	private ChineseNumbers() {
	}

	static boolean isNumeralChar(char c) {
		return NUMERAL_CHARS.indexOf(c) >= 0;
	}

	/** The value of a Chinese numeral, or {@code null} if it is not one. */
	static BigDecimal parse(String numeral) {
		if (numeral.isEmpty()) {
			return null;
		}
		boolean hasUnit = false;
		for (int i = 0; i < numeral.length(); i++) {
			char c = numeral.charAt(i);
			if (!isNumeralChar(c)) {
				return null;
			}
			hasUnit |= "十百千万亿".indexOf(c) >= 0;
		}
		if (!hasUnit) {
			return digitByDigit(numeral);
		}
		long total = 0;
		long section = 0;
		long digit = -1;
		for (int i = 0; i < numeral.length(); i++) {
			char c = numeral.charAt(i);
			int d = digit(c);
			if (d >= 0) {
				digit = d;
				continue;
			}
			switch (c) {
				case '十', '百', '千' -> {
					long unit = (c == '十') ? 10 : (c == '百') ? 100 : 1000;
					section += ((digit < 0) ? 1 : digit) * unit;
					digit = -1;
				}
				case '万' -> {
					section += Math.max(digit, 0);
					section = (section == 0) ? 1 : section;
					total += section * 10_000L;
					section = 0;
					digit = -1;
				}
				case '亿' -> {
					section += Math.max(digit, 0);
					total = (total + section) * 100_000_000L;
					section = 0;
					digit = -1;
				}
				default -> {
					return null;
				}
			}
		}
		return BigDecimal.valueOf(total + section + Math.max(digit, 0));
	}

	private static BigDecimal digitByDigit(String numeral) {
		long value = 0;
		for (int i = 0; i < numeral.length(); i++) {
			value = value * 10 + digit(numeral.charAt(i));
		}
		return BigDecimal.valueOf(value);
	}

	/** The digit a character stands for, or -1 for a unit character. */
	static int digit(char c) {
		return switch (c) {
			case '〇', '零' -> 0;
			case '一' -> 1;
			case '二', '两' -> 2;
			case '三' -> 3;
			case '四' -> 4;
			case '五' -> 5;
			case '六' -> 6;
			case '七' -> 7;
			case '八' -> 8;
			case '九' -> 9;
			default -> -1;
		};
	}

}
