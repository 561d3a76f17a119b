package io.gongkai.report.textimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report was published or signed: a labelled date (发布时间, 发布日期, 成文日期, 日期) or
 * the date that closes the report under its signature (落款), in any of the usual writings:
 * 2012-03-23, 2012/3/23, 2012年3月23日, 20120323, 二〇一二年三月二十三日. A generation or update date
 * of the web page is used only when nothing better is given.
 */
final class PublicationDate {

	private static final String DATE = "(?:(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"
			+ "|(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)"
			+ "|([〇零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日)";

	private static final Pattern PUBLISHED = Pattern.compile("(?:发布|公布|发表|印发|成文|公开)(?:时间|日期)[\\s:：|]*" + DATE);

	private static final Pattern GENERATED = Pattern.compile("(?:生成|更新|日期|时间)[\\s:：|]*" + DATE);

	private static final Pattern LINE_DATE = Pattern.compile("^[\\s|]*" + DATE + "[\\s|]*$", Pattern.MULTILINE);

	private static final AnchoredSearch PUBLISHED_SEARCH = new AnchoredSearch(PUBLISHED, "发公印成",
			(text, i) -> i + 1 < text.length() && "布表发文开".indexOf(text.charAt(i + 1)) >= 0);

	private static final AnchoredSearch GENERATED_SEARCH = new AnchoredSearch(GENERATED, "生更日时",
			(text, i) -> i + 1 < text.length() && "成新期间".indexOf(text.charAt(i + 1)) >= 0);

	private static final int CLOSING_ZONE = 400;

	LocalDate find(String text) {
		LocalDate date = first(PUBLISHED_SEARCH, text);
		if (date == null) {
			int from = Math.max(0, text.length() - CLOSING_ZONE);
			Matcher closing = LINE_DATE.matcher(text).region(from, text.length());
			LocalDate last = null;
			while (closing.find()) {
				LocalDate d = toDate(closing);
				last = (d != null) ? d : last;
			}
			date = last;
		}
		if (date == null) {
			date = first(GENERATED_SEARCH, text);
		}
		return date;
	}

	private static LocalDate first(AnchoredSearch search, String text) {
		LocalDate[] found = new LocalDate[1];
		search.forEach(text, (matcher) -> {
			if (found[0] == null) {
				found[0] = toDate(matcher);
			}
		});
		return found[0];
	}

	private static LocalDate toDate(Matcher m) {
		try {
			if (m.group(1) != null) {
				return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			}
			if (m.group(4) != null) {
				return valid(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
			}
			return valid(ChineseNumbers.parse(m.group(7)).intValue(), ChineseNumbers.parse(m.group(8)).intValue(),
					ChineseNumbers.parse(m.group(9)).intValue());
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate valid(int year, int month, int day) {
		if (year < 2000 || year > 2040) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

}
