package io.gongkai.report.textimport;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporting body's name. In order of trust:
 * <ol>
 * <li>the title, "XXX2013年度政府信息公开工作(年度)报告" or "2013年XXX政府信息公开工作报告" (also as the
 * introduction quotes it: 现向社会公布2020年度XXX政府信息公开工作年度报告), or the 来源/发布机构 line of the page
 * when it gives the same body in a fuller form or the title gives none;</li>
 * <li>a line near the top that is nothing but a body's name (page headers,
 * signatures);</li>
 * <li>names of bodies mentioned in the text, anchored on a known place name
 * ("《长治市劳动和社会保障局政务信息公开指南》").</li>
 * </ol>
 * Candidates must be of the kind the report calls itself (我局 → a 局, 我厅 → a 厅, 我市 → a city
 * government), which rules out the publishing portal (融媒体中心) and the bodies the report
 * merely mentions. Among mentions the most frequent wins, written out in its fullest form
 * (长治市劳动保障局 → 长治市劳动和社会保障局).
 */
final class AgencyNames {

	/** The part of a title after the name: "2013年度政府信息公开工作年度报告". */
	private static final Pattern TITLE_TAIL = Pattern
		.compile("(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年度?\\s*(?:本级)?(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?报告");

	private static final AnchoredSearch TITLE_SEARCH = AnchoredSearch.digitsAnd(TITLE_TAIL, "〇零一二三四五六七八九");

	/**
	 * A title split over lines, or whose year lost its 年: "XXX办公厅2022\n\n政府信息公开工作年度报告".
	 */
	private static final Pattern BROKEN_TITLE_TAIL = Pattern
		.compile("\\d{4}\\s*\\n\\s*(?:政府|政务)?信息公开(?:工作)?(?:年度)?(?:工作)?报告");

	/** The name after a title's year: "2019年阜新市彰武县政府办公室信息公开工作年度报告". */
	private static final Pattern YEAR_FIRST_TITLE = Pattern.compile(
			"(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年度?\\s*(?:本级)?([\\p{IsHan}（）()]{2,40}?)\\s*(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)");

	private static final AnchoredSearch YEAR_FIRST_SEARCH = AnchoredSearch.digitsAnd(YEAR_FIRST_TITLE, "〇零一二三四五六七八九");

	/** The page's line naming where the text comes from: "来源: 武汉东湖新技术开发区教育局". */
	private static final Pattern SOURCE_LINE = Pattern
		.compile("(?:信息来源|来源|发布机构|发布单位|发文机关)[\\s|]*[:：]?[\\s|]*([\\p{IsHan}（）()]{2,40})");

	/** A publisher rather than the reporting body. */
	private static final Pattern PUBLISHER = Pattern.compile("网站|门户|网$|融媒体|新闻|报社|电视|广播|日报|编辑部|本站|本网");

	private static final Pattern PLACE_SUFFIX = Pattern.compile("(?:省|自治区|市|地区|盟|州|县|旗|区|镇|乡|街道|苏木)$");

	private static final Pattern NATIONAL = Pattern.compile("^(?:中华人民共和国|国务院|国家|中国|中央|最高人民|海关总署|审计署)|部$");

	private static final String SUFFIXES = "人民政府办公厅|人民政府办公室|人民政府|政府办公室|街道办事处|办事处|管理委员会|委员会|办公厅|办公室|总局|局|厅|委|署|中心|办|院|部";

	private static final Pattern SUFFIX = Pattern.compile(SUFFIXES);

	private static final AnchoredSearch SUFFIX_SEARCH = new AnchoredSearch(SUFFIX, "人政委办局厅署中院");

	private static final Pattern ENDS_WITH_SUFFIX = Pattern.compile("(?:" + SUFFIXES + ")$");

	private static final Pattern NAME_LINE = Pattern.compile("[\\p{IsHan}（）()]{4,30}");

	private static final Pattern NOT_IN_NAME = Pattern
		.compile("[我本将对向的在与了是为把被由从按据该其这各及等]|通过|关于|根据|认真|贯彻|落实|编制|公布|发布|印发|全部|内部");

	/** Words that open an introduction rather than a name: 现发布…, 特编制…. */
	private static final Pattern LEADING_WORDS = Pattern
		.compile("^(?:现将|现向社会|现予|现|特向社会|特|予以)?(?:公布|发布|公开|编制|印发)?(?:了)?");

	private static final Pattern METADATA_LINE = Pattern.compile("发布机构|所属机构|来源|主办|承办|版权|技术支持|编辑|责任");

	private static final Map<String, Pattern> SELF_REFERENCES = selfReferences();

	private static final int HEAD_LINES = 15;

	private final PlaceNames places;

	AgencyNames(PlaceNames places) {
		this.places = places;
	}

	String find(String text) {
		Pattern kind = selfKind(text);
		String head = head(text);
		String fromTitle = fromTitle(head, kind);
		String fromSource = fromSourceLine(head);
		if (fromSource != null && (fromTitle == null || fullerFormOf(fromSource, fromTitle))) {
			return fromSource;
		}
		if (fromTitle != null) {
			return fromTitle;
		}
		for (String line : head.split("\n")) {
			String name = line.replaceAll("^[\\s|]+|[\\s|]+$", "");
			if (NAME_LINE.matcher(name).matches() && ENDS_WITH_SUFFIX.matcher(name).find()
					&& !NOT_IN_NAME.matcher(name).find() && fits(name, kind)) {
				return name;
			}
		}
		return mostMentioned(text, kind);
	}

	/**
	 * The body a title names, in either order of name and year; a place alone (a report
	 * titled by place name) stands for its people's government.
	 */
	private String fromTitle(String head, Pattern kind) {
		String[] found = new String[1];
		TITLE_SEARCH.forEach(head, (title) -> {
			String name = trimName(nameBefore(head, title.start()));
			if (found[0] == null && name != null && fits(name, kind)) {
				found[0] = name;
			}
		});
		if (found[0] == null) {
			Matcher broken = BROKEN_TITLE_TAIL.matcher(head);
			while (found[0] == null && broken.find()) {
				String name = trimName(nameBefore(head, broken.start()));
				found[0] = (name != null && fits(name, kind)) ? name : null;
			}
		}
		if (found[0] == null) {
			YEAR_FIRST_SEARCH.forEach(head, (title) -> {
				String name = trimName(title.group(1));
				if (found[0] == null && name != null && fits(name, kind)) {
					found[0] = name;
				}
			});
		}
		return (found[0] != null) ? asBody(found[0]) : null;
	}

	private String fromSourceLine(String head) {
		Matcher source = SOURCE_LINE.matcher(head);
		while (source.find()) {
			String name = trimName(source.group(1));
			if (name != null && !PUBLISHER.matcher(name).find()) {
				return asBody(name);
			}
		}
		return null;
	}

	/** A place alone names its people's government: 朝阳乡 → 朝阳乡人民政府. */
	private String asBody(String name) {
		return this.places.isDivision(name) ? name + "人民政府" : name;
	}

	/**
	 * Whether a page's source line names the title's body in a fuller form: the same kind
	 * of body (the same last two characters), written out longer.
	 */
	private static boolean fullerFormOf(String source, String title) {
		return source.length() > title.length() && title.length() >= 2
				&& source.endsWith(title.substring(title.length() - 2));
	}

	/**
	 * The name written out in full where the text does so: a township's government named
	 * after its county (田黄镇人民政府 → 邹城市田黄镇人民政府), a province's own bodies named without
	 * their province (自治区人民政府办公厅 → 新疆维吾尔自治区人民政府办公厅). Generic names with no place and no
	 * national body (公安局) are no name at all.
	 */
	String completed(String name, String text, String provinceCode) {
		if (name == null) {
			return null;
		}
		String completed = name;
		String province = this.places.provinceName(provinceCode);
		if ((name.startsWith("自治区") || name.startsWith("省")) && province != null && !province.endsWith("市")) {
			completed = province + name.replaceFirst("^(?:自治区|省)", "");
		}
		else if (this.places.startsWithTownship(name)) {
			int at = text.indexOf(name);
			while (at > 0) {
				int start = at;
				while (start > 0 && at - start < 12 && CommonHanzi.isHan(text.charAt(start - 1))) {
					start--;
				}
				for (int k = start; k < at; k++) {
					if (this.places.fullNameLengthAt(text, k) == at - k) {
						return text.substring(k, at) + name;
					}
				}
				at = text.indexOf(name, at + 1);
			}
		}
		boolean placed = this.places.provinceOfAgency(completed) != null || startsWithPlace(completed);
		if (!placed && !NATIONAL.matcher(completed).find() && completed.length() <= 5) {
			return null;
		}
		return completed;
	}

	/**
	 * A body of the nation: a ministry or national administration with no place in its
	 * name.
	 */
	boolean isNational(String name) {
		return NATIONAL.matcher(name).find() && this.places.provinceOfAgency(name) == null;
	}

	private boolean startsWithPlace(String name) {
		for (int length = 2; length < name.length(); length++) {
			if (PLACE_SUFFIX.matcher(name.substring(0, length)).find() && this.places.fullNameLengthAt(name, 0) > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The run of Han characters (and brackets) just before a title's year, at most 40.
	 */
	private static String nameBefore(String text, int yearStart) {
		int end = yearStart;
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
			end--;
		}
		int start = end;
		while (start > 0 && end - start < 40 && isNameChar(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, end);
	}

	private static boolean isNameChar(char c) {
		return CommonHanzi.isHan(c) || c == '（' || c == '）' || c == '(' || c == ')';
	}

	private static String head(String text) {
		int end = 0;
		for (int line = 0; line < HEAD_LINES && end >= 0; line++) {
			end = text.indexOf('\n', end + 1);
		}
		end = (end < 0) ? text.length() : end;
		return text.substring(0, Math.min(end, 1500));
	}

	private String trimName(String raw) {
		String name = LEADING_WORDS.matcher(raw.replaceAll("^(?:关于|公布|发布)", "")).replaceFirst("");
		if (name.length() < 2 || NOT_IN_NAME.matcher(name).find()) {
			return null;
		}
		if (!ENDS_WITH_SUFFIX.matcher(name).find() && !(PLACE_SUFFIX.matcher(name).find() && name.length() >= 3)) {
			return null;
		}
		return name;
	}

	private static boolean fits(String name, Pattern kind) {
		return kind == null || kind.matcher(name).find()
				|| (PLACE_SUFFIX.matcher(name).find() && kind.matcher(name + "人民政府").find());
	}

	private String mostMentioned(String text, Pattern kind) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		SUFFIX_SEARCH.forEach(text, (suffix) -> count(text, suffix.start(), suffix.end(), kind, counts));
		if (counts.isEmpty()) {
			return null;
		}
		String top = null;
		for (Map.Entry<String, Integer> count : counts.entrySet()) {
			if (top == null || count.getValue() > counts.get(top)
					|| (count.getValue().equals(counts.get(top)) && count.getKey().length() > top.length())) {
				top = count.getKey();
			}
		}
		String fullest = top;
		for (String name : counts.keySet()) {
			if (name.length() > fullest.length() && isSubsequence(top, name)) {
				fullest = name;
			}
		}
		return fullest;
	}

	private void count(String text, int suffixStart, int suffixEnd, Pattern kind, Map<String, Integer> counts) {
		int windowStart = suffixStart;
		while (windowStart > 0 && suffixStart - windowStart < 25 && CommonHanzi.isHan(text.charAt(windowStart - 1))) {
			windowStart--;
		}
		for (int k = windowStart; k < suffixStart; k++) {
			int place = this.places.fullNameLengthAt(text, k);
			if (place > 0) {
				if (k + place < suffixStart && SUFFIX.matcher(text.substring(k + place, suffixStart)).find()) {
					break;
				}
				String name = text.substring(k, suffixEnd);
				if (!NOT_IN_NAME.matcher(name).find() && fits(name, kind) && !onMetadataLine(text, k)) {
					counts.merge(name, 1, Integer::sum);
				}
				break;
			}
		}
	}

	private static boolean onMetadataLine(String text, int offset) {
		int start = text.lastIndexOf('\n', offset) + 1;
		int end = text.indexOf('\n', offset);
		String line = text.substring(start, (end < 0) ? text.length() : end);
		return METADATA_LINE.matcher(line).find() && line.length() < 200;
	}

	private static boolean isSubsequence(String shorter, String longer) {
		int i = 0;
		for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
			if (shorter.charAt(i) == longer.charAt(j)) {
				i++;
			}
		}
		return i == shorter.length() && shorter.charAt(shorter.length() - 1) == longer.charAt(longer.length() - 1);
	}

	/**
	 * The kind of body the report calls itself most often, as a pattern its name must
	 * match.
	 */
	private static Pattern selfKind(String text) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '我' || c == '本') {
				String kind = selfReferenceAt(text, i + 1);
				if (kind != null) {
					counts.merge(kind, 1, Integer::sum);
				}
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map((entry) -> SELF_REFERENCES.get(entry.getKey()))
			.orElse(null);
	}

	/** What follows 我/本 when the report names itself: 局, 厅, 委, 市... or null. */
	private static String selfReferenceAt(String text, int i) {
		char c = text.charAt(i);
		char next = (i + 1 < text.length()) ? text.charAt(i + 1) : ' ';
		return switch (c) {
			case '局', '厅', '院', '署', '县', '省', '镇', '乡' -> String.valueOf(c);
			case '委' -> (next == '员') ? null : "委";
			case '办' -> ("法理事公".indexOf(next) >= 0) ? null : "办";
			case '市' -> (next == '场') ? null : "市";
			case '区' -> (next == '域' || next == '别') ? null : "区";
			case '中' -> (next == '心') ? "中心" : null;
			default -> null;
		};
	}

	private static Map<String, Pattern> selfReferences() {
		Map<String, Pattern> refs = new HashMap<>();
		refs.put("局", Pattern.compile("局$"));
		refs.put("厅", Pattern.compile("厅$"));
		refs.put("委", Pattern.compile("委(?:员会)?$"));
		refs.put("办", Pattern.compile("办(?:公室|公厅)?$"));
		refs.put("院", Pattern.compile("院$"));
		refs.put("中心", Pattern.compile("中心$"));
		refs.put("署", Pattern.compile("署$"));
		refs.put("市", Pattern.compile("市(?:人民)?政府(?:办公厅|办公室)?$"));
		refs.put("县", Pattern.compile("县(?:人民)?政府(?:办公厅|办公室)?$"));
		refs.put("区", Pattern.compile("区(?:人民)?政府(?:办公厅|办公室)?$"));
		refs.put("省", Pattern.compile("省(?:人民)?政府(?:办公厅|办公室)?$"));
		refs.put("镇", Pattern.compile("镇(?:人民)?政府(?:办公厅|办公室)?$"));
		refs.put("乡", Pattern.compile("乡(?:人民)?政府(?:办公厅|办公室)?$"));
		return refs;
	}

}
