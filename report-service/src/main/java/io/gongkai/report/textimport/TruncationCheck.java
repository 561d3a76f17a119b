package io.gongkai.report.textimport;

import java.util.regex.Pattern;

/**
 * Tells whether a text stops mid-sentence. The last line of content (web-page boilerplate
 * such as "扫一扫在手机打开当前页" and leftover table bars skipped) must end a sentence, or be a
 * signature or a date, or the template's closing section with its content (其他需要报告的事项 无);
 * a long line that ends without punctuation, any line that ends on a comma, and a
 * numbered heading with nothing under it mean the text was cut.
 */
final class TruncationCheck {

	private static final Pattern BOILERPLATE = Pattern.compile(
			"扫一扫|打印本页|关闭窗口|【打印】|【关闭】|分享到|返回顶部|字体[:：]?\\s*[【\\[]?大|责任编辑|上一篇|下一篇|网站地图|版权所有|主办|承办|ICP备|网站标识码|浏览次数|点击数|相关链接|附件下载|当前页");

	private static final Pattern TRAILING_BOILERPLATE = Pattern.compile("(?:附件下载|打印本页|关闭窗口|【打印】|【关闭】|返回顶部)$");

	private static final Pattern TERMINAL = Pattern.compile("[。！？!?…；;）)」』”\"》]$");

	private static final Pattern OPEN = Pattern.compile("[，,、：:（(“]$");

	private static final Pattern HEADING = Pattern
		.compile("^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}\\s*[、.．]|附[表件])");

	private static final Pattern DATE = Pattern
		.compile("(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年.{0,6}月.{0,6}日$|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}$");

	private static final Pattern SIGNATURE = Pattern.compile("^[\\p{IsHan}]{2,30}(?:局|厅|委|委员会|办公室|人民政府|政府|中心|院|署)$");

	/** A heading of attached tables or files, whose content the page keeps elsewhere. */
	private static final Pattern ATTACHMENTS = Pattern.compile("^[^\\p{IsHan}]*(?:[一二三四五六七八九十]{1,3}[、.．])?\\s*附");

	/** Words that open a sentence, never a signature: "按照政务和大数据局…". */
	private static final Pattern SENTENCE_OPENING = Pattern.compile("^(?:按照|根据|关于|为了|为|在|对|经|由|通过|依据|结合)");

	/** The template's last section, closed by its content: "六、其他需要报告的事项 无". */
	private static final Pattern CLOSING_SECTION = Pattern.compile("其他需要报告的事项.*(?:无|事项|情况)$");

	private static final int SHORT_LINE = 12;

	boolean isTruncated(String text) {
		int end = text.length();
		while (end > 0) {
			int start = text.lastIndexOf('\n', end - 1) + 1;
			String line = strip(TRAILING_BOILERPLATE.matcher(strip(text.substring(start, end))).replaceFirst(""));
			end = start - 1;
			if (line.isEmpty() || (line.length() < 200 && BOILERPLATE.matcher(line).find())) {
				continue;
			}
			return judge(line);
		}
		return false;
	}

	private static boolean judge(String line) {
		if (TERMINAL.matcher(line).find()) {
			return false;
		}
		if (OPEN.matcher(line).find()) {
			return true;
		}
		if (CLOSING_SECTION.matcher(line).find() || DATE.matcher(line).find()
				|| (SIGNATURE.matcher(line).matches() && !SENTENCE_OPENING.matcher(line).find())) {
			return false;
		}
		if ((HEADING.matcher(line).find() && line.length() <= 40 && !ATTACHMENTS.matcher(line).find())
				|| SENTENCE_OPENING.matcher(line).find()) {
			return true;
		}
		return line.length() > SHORT_LINE || line.indexOf('，') >= 0 || line.indexOf(',') >= 0;
	}

	private static String strip(String line) {
		int from = 0;
		int to = line.length();
		while (to > from && isFiller(line.charAt(to - 1))) {
			to--;
		}
		while (from < to && isFiller(line.charAt(from))) {
			from++;
		}
		return line.substring(from, to);
	}

	private static boolean isFiller(char c) {
		return Character.isWhitespace(c) || c == '|' || c == '\u3000' || c == '\u00A0';
	}

}
