package io.gongkai.report.textimport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Converts traditional characters to simplified ones, and the Taiwan-style words of
 * mirror sites to their mainland equivalents (網路 → 网络, 計畫 → 计划, 資訊 → 信息).
 * <p>
 * The character table is taken once from ICU4J's {@code Traditional-Simplified}
 * transliterator, so a conversion is one array lookup per character. A text is converted
 * (and flagged) only when traditional-only characters are a meaningful part of it, so a
 * simplified report that quotes a traditional name is left alone.
 */
final class TraditionalToSimplified {

	/**
	 * Characters that are also ordinary simplified characters: never counted or
	 * converted.
	 */
	private static final String SHARED = "著乾瞭藉夥甦鍾麽";

	private static final int MIN_CHARACTERS = 8;

	private static final double MIN_SHARE = 0.02;

	private static final Map<String, String> TAIWAN_WORDS = taiwanWords();

	private static final Pattern TAIWAN_WORD = Pattern.compile(String.join("|", TAIWAN_WORDS.keySet()));

	private static final AnchoredSearch TAIWAN_SEARCH = new AnchoredSearch(TAIWAN_WORD,
			TAIWAN_WORDS.keySet().stream().map((w) -> w.substring(0, 1)).reduce("", String::concat));

	private static final char[] TABLE = buildTable();

	record Converted(String text, boolean converted) {
	}

	Converted convert(String text) {
		int han = 0;
		int traditional = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (CommonHanzi.isHan(c)) {
				han++;
				if (TABLE[c] != 0) {
					traditional++;
				}
			}
		}
		if (traditional < MIN_CHARACTERS || traditional < MIN_SHARE * han) {
			return new Converted(text, false);
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char mapped = TABLE[chars[i]];
			if (mapped != 0) {
				chars[i] = mapped;
			}
		}
		return new Converted(replaceTaiwanWords(new String(chars)), true);
	}

	private static String replaceTaiwanWords(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int[] last = { 0 };
		TAIWAN_SEARCH.forEach(text, (matcher) -> {
			out.append(text, last[0], matcher.start()).append(TAIWAN_WORDS.get(matcher.group()));
			last[0] = matcher.end();
		});
		return out.append(text, last[0], text.length()).toString();
	}

	private static char[] buildTable() {
		StringBuilder all = new StringBuilder(3 * 0x7000);
		appendRange(all, 0x3400, 0x4DBF);
		appendRange(all, 0x4E00, 0x9FFF);
		appendRange(all, 0xF900, 0xFAFF);
		String converted = Transliterator.getInstance("Traditional-Simplified").transliterate(all.toString());
		char[] table = new char[0x10000];
		String[] sources = all.toString().split("\n", -1);
		String[] targets = converted.split("\n", -1);
		if (sources.length != targets.length) {
			throw new IllegalStateException("ICU transliteration changed the line structure");
		}
		for (int i = 0; i < sources.length; i++) {
			String source = sources[i];
			String target = targets[i];
			if (source.length() == 1 && target.length() == 1 && source.charAt(0) != target.charAt(0)
					&& SHARED.indexOf(source.charAt(0)) < 0) {
				table[source.charAt(0)] = target.charAt(0);
			}
		}
		return table;
	}

	private static void appendRange(StringBuilder out, int from, int to) {
		for (int c = from; c <= to; c++) {
			out.append((char) c).append('\n');
		}
	}

	/** Taiwan-style words, in simplified characters, with their mainland wording. */
	private static Map<String, String> taiwanWords() {
		Map<String, String> words = new LinkedHashMap<>();
		words.put("网际网路", "互联网");
		words.put("网路", "网络");
		words.put("计画", "计划");
		words.put("资讯", "信息");
		words.put("讯息", "信息");
		words.put("软体", "软件");
		words.put("硬体", "硬件");
		words.put("伺服器", "服务器");
		words.put("资料库", "数据库");
		words.put("程式", "程序");
		words.put("列印", "打印");
		words.put("介面", "界面");
		words.put("数位", "数字");
		words.put("萤幕", "屏幕");
		words.put("部落格", "博客");
		words.put("点阅", "点击");
		words.put("品质", "质量");
		words.put("预设", "默认");
		words.put("影片", "视频");
		words.put("行动电话", "手机");
		words.put("专案", "专项");
		words.put("回馈", "反馈");
		words.put("透过", "通过");
		return words;
	}

}
