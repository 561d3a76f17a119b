package io.gongkai.report.textimport;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report covers, which is usually the year before it is published. In order of
 * trust: the statistics period the report states ("自2013年1月1日起至2013年12月31日止",
 * "统计期限截止2011年12月31日"), which decides where a title disagrees with it; the title
 * ("2013年度政府信息公开工作报告", "现将我局2009年政府信息公开情况报告如下"); a paragraph opening on the year
 * ("2014年，我局…"); and last the year the text names most often, never after publication.
 */
final class ReportYear {

	private static final String YEAR = "(\\d{4}|[〇零一二三四五六七八九]{4})";

	private static final Pattern TITLE = Pattern.compile(YEAR + "\\s*年度?[^。\\n]{0,20}?(?:信息公开|政务公开)[^。\\n]{0,12}?报告");

	private static final Pattern PERIOD = Pattern.compile(YEAR
			+ "\\s*年\\s*0?1\\s*月\\s*0?1\\s*日\\s*起?\\s*(?:至|到|—|-|~)\\s*(?:" + YEAR + "\\s*年)?\\s*12\\s*月\\s*31\\s*日");

	private static final Pattern PERIOD_END = Pattern
		.compile("(?:统计|数据)[^。\\n]{0,12}(?:截止|截至|截止到|截止至)\\s*" + YEAR + "\\s*年\\s*12\\s*月\\s*31\\s*日");

	private static final AnchoredSearch PERIOD_END_SEARCH = new AnchoredSearch(PERIOD_END, "统数");

	private static final Pattern OPENING = Pattern.compile("(?:^|(?<=[\\s|。]))" + YEAR + "\\s*年度?\\s*[，,]",
			Pattern.MULTILINE);

	private static final Pattern ANY_YEAR = Pattern.compile("(?<![〔\\[【\\d])" + YEAR + "\\s*年(?!\\d)");

	private static final int TITLE_ZONE = 800;

	/**
	 * What a text says of its year.
	 *
	 * @param covered the year the report covers, or null
	 * @param period the year of the statistics period it states, or null
	 * @param title the year its title names, or null
	 */
	record Years(Integer covered, Integer period, Integer title) {

		/** Whether the stated period and the title name different years. */
		boolean disagree() {
			return this.period != null && this.title != null && !this.period.equals(this.title);
		}

	}

	Integer find(String text, Integer publishedYear) {
		return read(text, publishedYear).covered();
	}

	Years read(String text, Integer publishedYear) {
		Integer period = statedPeriod(text, publishedYear);
		Integer title = titleYear(text, publishedYear);
		Integer year = (period != null) ? period : title;
		if (year == null) {
			year = first(OPENING, text.substring(0, Math.min(text.length(), text.length() / 2 + 200)), publishedYear);
		}
		if (year == null) {
			year = mostFrequent(text, publishedYear);
		}
		return new Years(year, period, title);
	}

	/** The year of the statistics period the report states, or null. */
	private static Integer statedPeriod(String text, Integer publishedYear) {
		Integer year = first(PERIOD, text, publishedYear);
		if (year != null) {
			return year;
		}
		Integer[] found = new Integer[1];
		PERIOD_END_SEARCH.forEach(text, (end) -> {
			if (found[0] == null) {
				found[0] = plausible(end.group(1), publishedYear);
			}
		});
		return found[0];
	}

	/** The year its title names, or null. */
	private static Integer titleYear(String text, Integer publishedYear) {
		return first(TITLE, text.substring(0, Math.min(text.length(), TITLE_ZONE)), publishedYear);
	}

	private static Integer first(Pattern pattern, String text, Integer publishedYear) {
		Integer[] found = new Integer[1];
		new AnchoredSearch(pattern, "0123456789〇零一二三四五六七八九", ReportYear::yearStartsAt).forEach(text, (m) -> {
			if (found[0] == null) {
				found[0] = plausible(m.group(1), publishedYear);
			}
		});
		return found[0];
	}

	private static Integer mostFrequent(String text, Integer publishedYear) {
		Map<Integer, Integer> counts = new HashMap<>();
		Matcher m = ANY_YEAR.matcher(text);
		while (m.find()) {
			Integer year = plausible(m.group(1), publishedYear);
			if (year != null) {
				counts.merge(year, 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/** Four digits followed (after spaces) by 年, not preceded by another digit. */
	private static boolean yearStartsAt(String text, int i) {
		if (i > 0 && Character.isDigit(text.charAt(i - 1)) || i + 4 >= text.length()) {
			return false;
		}
		int j = i + 4;
		while (j < text.length() && text.charAt(j) == ' ') {
			j++;
		}
		return j < text.length() && text.charAt(j) == '年';
	}

	static Integer plausible(String digits, Integer publishedYear) {
		int year = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits)
				: ChineseNumbers.parse(digits).intValue();
		if (year < 2000 || year > 2040) {
			return null;
		}
		if (publishedYear != null && year > publishedYear) {
			return null;
		}
		return year;
	}

}
