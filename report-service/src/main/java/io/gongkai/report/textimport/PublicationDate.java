package io.gongkai.report.textimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report was published or signed, in this order: a labelled date (发布时间, 发布日期,
 * 成文日期, 公开日期); the page's own date at the start of a line near the top (`2022-01-24
 * 09:05`); a date signed under a body's name (教育部办公厅 二〇一一年三月二十五日); the date that closes
 * the report (落款). Every usual writing is read: 2012-03-23, 2012/3/23, 2012年3月23日,
 * 20120323, 二〇一二年三月二十三日, and 二一一年 where the page lost the 〇. A generation or update date
 * of the web page is used only when nothing better is given.
 */
final class PublicationDate {

	private static final String DATE = "(?:(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?"
			+ "|(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)"
			+ "|([〇零一二三四五六七八九]{3,4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日)";

	private static final Pattern PUBLISHED = Pattern.compile("(?:发布|公布|发表|印发|成文|公开)(?:时间|日期)[\\s:：|]*" + DATE);

	private static final Pattern GENERATED = Pattern.compile("(?:生成|更新|日期|时间)[\\s:：|]*" + DATE);

	private static final Pattern HEAD_DATE = Pattern.compile(
			"^[\\s|•·]*(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2})(?=\\s+\\d{1,2}:\\d{2}|[\\s|]*$)",
			Pattern.MULTILINE);

	private static final Pattern SIGNED = Pattern
		.compile("(?:人民政府|办公厅|办公室|委员会|局|厅|部|委|办|院|署|中心)[\\s|]{1,6}" + "(?=[〇零一二三四五六七八九\\d])"
				+ DATE.replace("(\\d{4})\\s*[-/.年]", "(\\d{4})\\s*年").replace("\\s*[-/.月]", "\\s*月"));

	private static final AnchoredSearch SIGNED_SEARCH = new AnchoredSearch(SIGNED, "人办委局厅部院署中");

	private static final Pattern DATE_ALONE = Pattern.compile(DATE);

	private static final int HEAD_ZONE = 800;

	private static final Pattern LINE_DATE = Pattern.compile("^[\\s|]*" + DATE + "[\\s|]*$", Pattern.MULTILINE);

	private static final AnchoredSearch PUBLISHED_SEARCH = new AnchoredSearch(PUBLISHED, "发公印成",
			(text, i) -> i + 1 < text.length() && "布表发文开".indexOf(text.charAt(i + 1)) >= 0);

	private static final AnchoredSearch GENERATED_SEARCH = new AnchoredSearch(GENERATED, "生更日时",
			(text, i) -> i + 1 < text.length() && "成新期间".indexOf(text.charAt(i + 1)) >= 0);

	private static final int CLOSING_ZONE = 400;

	LocalDate find(String text) {
		LocalDate date = first(PUBLISHED_SEARCH, text);
		if (date == null) {
			Matcher head = HEAD_DATE.matcher(text).region(0, Math.min(text.length(), HEAD_ZONE));
			Matcher headDate = head.find() ? DATE_ALONE.matcher(head.group()) : null;
			date = (headDate != null && headDate.find()) ? toDate(headDate) : null;
		}
		if (date == null) {
			date = first(SIGNED_SEARCH, text);
		}
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
			return valid(ChineseNumbers.parse(withLostZero(m.group(7))).intValue(),
					ChineseNumbers.parse(m.group(8)).intValue(), ChineseNumbers.parse(m.group(9)).intValue());
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/** 二一一 for 二〇一一: a page that dropped the 〇 of a year. */
	private static String withLostZero(String year) {
		return (year.length() == 3) ? year.charAt(0) + "〇" + year.substring(1) : year;
	}

	private static LocalDate valid(int year, int month, int day) {
		if (year < 2000 || year > 2040) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

}
