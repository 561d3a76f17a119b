package io.gongkai.report.textimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counted quantities in a text: a number (Arabic, with thousands separators or
 * decimals, or Chinese numerals), an optional scale word (万, 亿), an optional lower-bound
 * word (余, 多) and a unit of count (条, 件, 次, 人次, 人, 名, 元...).
 * <p>
 * A number without a unit is never a figure, which rules out dates, document numbers
 * ({@code 〔2012〕13号}), phone numbers, postcodes, percentages and years. Ordinals and
 * article numbers ({@code 第三十一条}) and numbers glued to codes are rejected, as are units
 * that are really the first character of a word ({@code 人民}, {@code 次日}, {@code 条例}).
 */
final class NumberScanner {

	private static final Pattern QUANTITY = Pattern
		.compile("(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?![\\d.])|\\d+(?:\\.\\d+)?|["
				+ ChineseNumbers.NUMERAL_CHARS + "]+)" + " ?(?<scale>万|亿)?(?<more>余|多)?(?<scale2>万|亿)? ?"
				+ "(?<unit>人次|件次|条次|条|件|次|人|名|元|起|个|篇|项|份|宗|例)(?<post>左右|以上|之多|上下)?");

	private static final AnchoredSearch SEARCH = AnchoredSearch.digitsAnd(QUANTITY, ChineseNumbers.NUMERAL_CHARS);

	/** "近万条", "逾万人次": 万 alone is ten thousand only after such a word. */
	private static final Pattern BARE_TEN_THOUSAND = Pattern.compile("(?:近|逾|约|上|超)$");

	private static final String APPROX_PREFIXES = "约|大约|约为|近|将近|接近|大概|估计";

	private static final Pattern APPROX_BEFORE = Pattern.compile("(?:" + APPROX_PREFIXES + ")\\s*$");

	private static final Pattern AT_LEAST_BEFORE = Pattern.compile("(?:逾|超过|突破|不少于|不低于|多达|超)\\s*$");

	/**
	 * A counted quantity.
	 *
	 * @param start where the number starts
	 * @param end where the unit (and any trailing qualifier) ends
	 * @param value the value, scale applied
	 * @param unit the unit of count
	 * @param qualifier exact, at least or approximately
	 */
	record Quantity(int start, int end, BigDecimal value, String unit, Qualifier qualifier) {
	}

	List<Quantity> scan(String text) {
		List<Quantity> quantities = new ArrayList<>();
		SEARCH.forEach(text, (matcher) -> {
			Quantity quantity = toQuantity(text, matcher);
			if (quantity != null) {
				quantities.add(quantity);
			}
		});
		return quantities;
	}

	private static Quantity toQuantity(String text, Matcher m) {
		String number = m.group("num");
		int start = m.start();
		char before = (start > 0) ? text.charAt(start - 1) : ' ';
		boolean chinese = ChineseNumbers.isNumeralChar(number.charAt(0));
		if (before == '第' || before == '〔' || before == '[' || before == '【') {
			return null;
		}
		if (!chinese && (before < 128 && (Character.isLetterOrDigit(before) || "-/.:_#".indexOf(before) >= 0))) {
			return null;
		}
		if (chinese && number.length() == 1 && "万亿十百千".indexOf(number.charAt(0)) >= 0 && !(number.equals("万")
				&& BARE_TEN_THOUSAND.matcher(text.substring(Math.max(0, start - 2), start)).find())) {
			return null;
		}
		if (m.group("post") == null && m.end("unit") < text.length()
				&& matchesWordAfter(text, m.end("unit"), m.group("unit"))) {
			return null;
		}
		BigDecimal value = chinese ? ChineseNumbers.parse(number)
				: new BigDecimal(number.replace(",", "").replace(" ", ""));
		if (value == null) {
			return null;
		}
		value = scale(value, m.group("scale"));
		value = scale(value, m.group("scale2"));
		Qualifier qualifier = Qualifier.EXACT;
		String post = m.group("post");
		if (m.group("more") != null || "以上".equals(post) || "之多".equals(post)) {
			qualifier = Qualifier.AT_LEAST;
		}
		else if ("左右".equals(post) || "上下".equals(post)) {
			qualifier = Qualifier.APPROX;
		}
		String lead = text.substring(Math.max(0, start - 4), start);
		if (APPROX_BEFORE.matcher(lead).find()) {
			qualifier = Qualifier.APPROX;
		}
		else if (AT_LEAST_BEFORE.matcher(lead).find()) {
			qualifier = Qualifier.AT_LEAST;
		}
		return new Quantity(start, m.end(), value, m.group("unit"), qualifier);
	}

	private static boolean matchesWordAfter(String text, int unitEnd, String unit) {
		char next = text.charAt(unitEnd);
		char last = unit.charAt(unit.length() - 1);
		String words = switch (last) {
			case '人' -> "民们大力口才社事文格身均员";
			case '次' -> "日年月性序要级数生";
			case '条' -> "例件款约线龙幅理形文";
			case '元' -> "旦素首件";
			case '名' -> "称单义额录誉牌片字";
			case '项' -> "目";
			case '起' -> "草点来步始码到飞";
			case '个' -> "人体别性案";
			case '份' -> "额子";
			case '例' -> "如";
			case '宗' -> "旨教";
			case '件' -> "事";
			default -> "";
		};
		return words.indexOf(next) >= 0;
	}

	private static BigDecimal scale(BigDecimal value, String scale) {
		if (scale == null) {
			return value;
		}
		return value.multiply(BigDecimal.valueOf(scale.equals("万") ? 10_000L : 100_000_000L));
	}

}
