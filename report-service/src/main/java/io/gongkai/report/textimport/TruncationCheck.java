package io.gongkai.report.textimport;

import java.util.regex.Pattern;

/**
 * Tells whether a text stops mid-sentence. The last line of content (web-page boilerplate
 * such as "扫一扫在手机打开当前页" and leftover table bars skipped) must end a sentence, or be a
 * heading, a signature or a date; a long line that ends without punctuation, or any line
 * that ends on a comma, means the text was cut.
 */
final class TruncationCheck {

	private static final Pattern BOILERPLATE = Pattern.compile(
			"扫一扫|打印本页|关闭窗口|【打印】|【关闭】|分享到|返回顶部|字体[:：]?\\s*[【\\[]?大|责任编辑|上一篇|下一篇|网站地图|版权所有|主办|承办|ICP备|网站标识码|浏览次数|点击数|相关链接|附件下载|当前页");

	private static final Pattern TERMINAL = Pattern.compile("[。！？!?…；;）)」』”\"》]$");

	private static final Pattern OPEN = Pattern.compile("[，,、：:（(“]$");

	private static final Pattern HEADING = Pattern
		.compile("^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\\d{1,2}\\s*[、.．]|附[表件])");

	private static final Pattern DATE = Pattern
		.compile("(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年.{0,6}月.{0,6}日$|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}$");

	private static final Pattern SIGNATURE = Pattern.compile("^[\\p{IsHan}]{2,30}(?:局|厅|委|委员会|办公室|人民政府|政府|中心|院|署)$");

	private static final int SHORT_LINE = 12;

	boolean isTruncated(String text) {
		int end = text.length();
		while (end > 0) {
			int start = text.lastIndexOf('\n', end - 1) + 1;
			String line = strip(text.substring(start, end));
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
		if (HEADING.matcher(line).find() || DATE.matcher(line).find() || SIGNATURE.matcher(line).matches()) {
			return false;
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
