package io.gongkai.report.textimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report into its numbered sections ({@code 一、概述}, {@code 二、主动公开政府信息情况}...).
 * Headings are found at a line start or after a space (pages flattened into one line),
 * and only in sequence (一, 二, 三...), so an enumeration inside a paragraph or a template
 * table row ({@code 一、本年新收政府信息公开申请数量}) is not taken for a heading.
 */
final class SectionSplitter {

	private static final Pattern HEADING = Pattern
		.compile("(?:^|(?<=[\\s|]))([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*([^\\s。；;，,:：|]{2,40})", Pattern.MULTILINE);

	private static final AnchoredSearch HEADING_SEARCH = new AnchoredSearch(HEADING, "一二三四五六七八九十",
			(text, i) -> i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '|');

	private static final Pattern TABLE_ROW = Pattern.compile("本年新收|上年结转|本年度办理结果|结转下年度");

	/** What a section is about, judged by its heading. */
	enum Kind {

		OVERVIEW, PROACTIVE, REQUESTS, FEES, REVIEW, CONSULTATION, STAFF, PROBLEMS, PLAN, OTHER, ATTACHMENT, UNKNOWN;

		static Kind of(String title) {
			if (title.contains("附表") || title.contains("附件")) {
				return ATTACHMENT;
			}
			if (title.contains("打算") || title.contains("计划") || title.contains("下一步") || title.contains("思路")
					|| title.contains("展望") || title.contains("改进意见")) {
				return PLAN;
			}
			if (title.contains("问题") || title.contains("不足")) {
				return PROBLEMS;
			}
			if (title.contains("复议") || title.contains("诉讼") || title.contains("申诉")) {
				return REVIEW;
			}
			if (title.contains("咨询") || title.contains("投诉")) {
				return CONSULTATION;
			}
			if (title.contains("收费") || title.contains("减免") || title.contains("费用") && !title.contains("人员")) {
				return FEES;
			}
			if (title.contains("人员") || title.contains("支出")) {
				return STAFF;
			}
			if (title.contains("申请")) {
				return REQUESTS;
			}
			if (title.contains("主动公开") || title.contains("公开政府信息") || title.contains("公开情况")) {
				return PROACTIVE;
			}
			if (title.contains("概述") || title.contains("总体") || title.contains("基本情况") || title.contains("工作情况")) {
				return OVERVIEW;
			}
			if (title.contains("其他")) {
				return OTHER;
			}
			return UNKNOWN;
		}

	}

	/**
	 * A section: from its heading to the next heading.
	 *
	 * @param number its number (1 for 一)
	 * @param title the heading text after the number
	 * @param start where the heading starts
	 * @param end where the next heading starts (or the text ends)
	 * @param kind what it is about
	 */
	record Section(int number, String title, int start, int end, Kind kind) {
	}

	/** The sections of a text, with what comes before the first heading as section 0. */
	List<Section> split(String text) {
		List<int[]> starts = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<Matcher> headings = new ArrayList<>();
		HEADING_SEARCH.forEach(text, (m) -> headings.add(HEADING.matcher(text).region(m.start(), m.end())));
		int expected = 1;
		for (Matcher matcher : headings) {
			matcher.useTransparentBounds(true).useAnchoringBounds(false).lookingAt();
			Integer number = ChineseNumbers.parse(matcher.group(1)) == null ? null
					: ChineseNumbers.parse(matcher.group(1)).intValue();
			if (number == null || number != expected || TABLE_ROW.matcher(matcher.group(2)).find()) {
				continue;
			}
			starts.add(new int[] { matcher.start(), number });
			titles.add(matcher.group(2));
			expected++;
		}
		List<Section> sections = new ArrayList<>(starts.size() + 1);
		int firstStart = starts.isEmpty() ? text.length() : starts.get(0)[0];
		sections.add(new Section(0, "", 0, firstStart, Kind.UNKNOWN));
		for (int i = 0; i < starts.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1)[0] : text.length();
			String title = titles.get(i);
			sections.add(new Section(starts.get(i)[1], title, starts.get(i)[0], end, Kind.of(title)));
		}
		return sections;
	}

	static Section at(List<Section> sections, int offset) {
		Section found = sections.get(0);
		for (Section section : sections) {
			if (section.start() <= offset) {
				found = section;
			}
		}
		return found;
	}

}
