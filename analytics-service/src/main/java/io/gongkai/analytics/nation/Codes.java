package io.gongkai.analytics.nation;

import java.util.Locale;

/**
 * The small codes the read model keeps per report and agency instead of strings, and
 * their names as the store and the API spell them.
 */
public final class Codes {

	public static final byte UNKNOWN = -1;

	public static final byte LEGACY = 0;

	public static final byte TEMPLATE_2019 = 1;

	public static final byte TEMPLATE_2021 = 2;

	public static final byte OWN = 0;

	public static final byte AGGREGATE = 1;

	public static final byte GOVERNMENT = 0;

	public static final byte DEPARTMENT = 1;

	public static final byte DRAFT = 0;

	public static final byte SUBMITTED = 1;

	public static final byte RETURNED = 2;

	public static final byte ACCEPTED = 3;

	public static final byte PUBLISHED = 4;

	public static final byte ON_TIME = 1;

	public static final byte LATE = 2;

	/** A figure stated exactly. */
	public static final byte EXACT = 0;

	/**
	 * A figure stated as a lower bound (余, 多, 以上): a flag, combined with {@link #APPROX}.
	 */
	public static final byte AT_LEAST = 1;

	/** A figure stated as an approximation (约, 近, 左右): a flag. */
	public static final byte APPROX = 2;

	/**
	 * Sections of a report not known: legacy reports, and reports without accepted
	 * figures.
	 */
	public static final byte SECTIONS_UNKNOWN = 0;

	private static final String[] FORMATS = { "legacy", "template2019", "template2021" };

	private static final String[] FORMAT_LABELS = { "旧版报告", "2019年模板", "2021年模板" };

	private static final String[] SCOPES = { "own", "aggregate" };

	private static final String[] SCOPE_LABELS = { "本机关", "汇总" };

	private static final String[] KINDS = { "government", "department" };

	private static final String[] KIND_LABELS = { "人民政府", "部门" };

	private static final String[] LEVELS = { "province", "prefecture", "county", "township" };

	private static final String[] LEVEL_LABELS = { "省级", "地级", "县级", "乡级" };

	private static final String[] STATUSES = { "draft", "submitted", "returned", "accepted", "published" };

	private static final String[] STATUS_LABELS = { "草稿", "已提交", "已退回", "已通过", "已发布" };

	private Codes() {
	}

	public static byte format(String name) {
		return code(FORMATS, name, LEGACY);
	}

	public static byte scope(String name) {
		return code(SCOPES, name, OWN);
	}

	public static byte kind(String name) {
		return code(KINDS, name, UNKNOWN);
	}

	public static byte level(String name) {
		return code(LEVELS, name, UNKNOWN);
	}

	public static byte status(String name) {
		return code(STATUSES, name, DRAFT);
	}

	/**
	 * The flag of a legacy figure's qualifier ({@code exact}, {@code at_least},
	 * {@code approx}).
	 */
	public static byte qualifier(String name) {
		if ("at_least".equals(name)) {
			return AT_LEAST;
		}
		return "approx".equals(name) ? APPROX : EXACT;
	}

	/**
	 * How many mandated sections a report has and how many its format mandates, in one
	 * byte (mandated in the high four bits, present in the low four);
	 * {@link #SECTIONS_UNKNOWN} when it mandates none or they are not known.
	 */
	public static byte sections(int mandated, int present) {
		if (mandated <= 0 || mandated > 7 || present < 0 || present > mandated) {
			return SECTIONS_UNKNOWN;
		}
		return (byte) ((mandated << 4) | present);
	}

	/** The mandated sections of {@link #sections(int, int)}, 0 when not known. */
	public static int sectionsMandated(byte sections) {
		return (sections >> 4) & 0x7;
	}

	/** The mandated sections present of {@link #sections(int, int)}. */
	public static int sectionsPresent(byte sections) {
		return sections & 0xF;
	}

	public static String formatName(byte code) {
		return name(FORMATS, code);
	}

	public static String scopeName(byte code) {
		return name(SCOPES, code);
	}

	public static String kindName(byte code) {
		return name(KINDS, code);
	}

	public static String kindLabel(byte code) {
		return label(KIND_LABELS, code);
	}

	/**
	 * The Chinese name of a format, scope, level, kind or status as the API spells it.
	 */
	public static String formatLabel(String name) {
		return label(FORMAT_LABELS, code(FORMATS, name, UNKNOWN));
	}

	public static String scopeLabel(String name) {
		return label(SCOPE_LABELS, code(SCOPES, name, UNKNOWN));
	}

	public static String levelLabel(String name) {
		return levelLabel(level(name));
	}

	public static String kindLabel(String name) {
		return kindLabel(kind(name));
	}

	public static String statusLabel(String name) {
		return label(STATUS_LABELS, code(STATUSES, name, UNKNOWN));
	}

	public static String levelName(byte code) {
		return name(LEVELS, code);
	}

	public static String levelLabel(byte code) {
		return label(LEVEL_LABELS, code);
	}

	public static String statusName(byte code) {
		return name(STATUSES, code);
	}

	/** How many levels and kinds there are, for tables indexed by them. */
	public static int levels() {
		return LEVELS.length;
	}

	public static int kinds() {
		return KINDS.length;
	}

	private static byte code(String[] names, String name, byte otherwise) {
		if (name == null) {
			return otherwise;
		}
		String normal = name.strip().toLowerCase(Locale.ROOT);
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals(normal)) {
				return (byte) i;
			}
		}
		return otherwise;
	}

	private static String label(String[] labels, byte code) {
		return (code >= 0 && code < labels.length) ? labels[code] : "未知";
	}

	private static String name(String[] names, byte code) {
		return (code >= 0 && code < names.length) ? names[code] : "unknown";
	}

}
