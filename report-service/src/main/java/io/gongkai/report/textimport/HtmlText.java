package io.gongkai.report.textimport;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page: block elements on their own lines, table rows as one
 * line each with cells joined by {@code " | "}; scripts, styles and forms dropped.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
			"table", "section", "article", "header", "footer", "blockquote", "pre", "ul", "ol", "dd", "dt", "title");

	private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "select", "button",
			"iframe", "svg");

	String toText(String html) {
		Document document = Jsoup.parse(html);
		document.select(String.join(",", DROPPED)).remove();
		StringBuilder out = new StringBuilder(html.length() / 2);
		Element root = document.body();
		document.head().select("title").forEach((title) -> out.append(title.text()).append('\n'));
		root.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					String value = text.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
					if (!value.isBlank() || !endsWithSpace(out)) {
						out.append(value);
					}
				}
				else if (node instanceof Element element) {
					String tag = element.normalName();
					if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
						trimEnd(out);
						out.append(" | ");
					}
					else if (BLOCKS.contains(tag)) {
						newLine(out);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					newLine(out);
				}
			}
		});
		return out.toString().replaceAll("(?m)^ +| +$", "").replaceAll("\n{3,}", "\n\n").strip();
	}

	private static boolean endsWithSpace(StringBuilder out) {
		return out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
	}

	private static void trimEnd(StringBuilder out) {
		while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
			out.setLength(out.length() - 1);
		}
	}

	private static void newLine(StringBuilder out) {
		trimEnd(out);
		if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
			out.append('\n');
		}
	}

}
