package io.gongkai.deploy.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a person reads on a page (the body's {@code innerText}: what is shown, not
 * what is hidden) and the words in it that a Chinese reader should not meet: English
 * words and identifiers (metric and cell ids, login names, UUIDs, agency ids), province
 * codes and ISO dates. Names of formats and products a Chinese page writes in Latin
 * letters, and the language switch, are allowed.
 *
 * @param route the page's address, e.g. {@code /coordinator}
 * @param text the visible text
 */
record VisibleText(String route, String text) {

	/**
	 * The Latin words a Chinese page may show: formats and products known by these names,
	 * and the language switch ("English").
	 */
	static final Set<String> ALLOWED = Set.of("Word", "Excel", "CSV", "PDF", "English");

	/**
	 * The Chinese an English page may show: the language switch (中文) and the header's
	 * mark (公).
	 */
	static final Set<String> ALLOWED_IN_ENGLISH = Set.of("中文", "公");

	/**
	 * What an English page quotes as the documents print it: a legacy report's phrase
	 * (“收到政府信息公开申请”), a template's labels (「总计」).
	 */
	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|「[^」]*」");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

	/** Letters and digits, joined by the characters identifiers are written with. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+(?:[._\\-:/@][A-Za-z0-9]+)*");

	private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

	/** Six digits in a row without grouping: a province or region code. */
	private static final Pattern CODE = Pattern.compile("\\d{6,}");

	/** A date as ISO writes it, 2023-05-01, instead of 2023年5月1日. */
	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");

	/**
	 * The body's visible text without what people entered: the pages mark such text
	 * (login names, names typed into a form, uploaded file names) with the HTML attribute
	 * {@code translate="no"}, which says it is not the page's own words.
	 */
	private static final String WITHOUT_WHAT_PEOPLE_ENTERED = """
			const style = document.createElement('style');
			style.textContent = '[translate="no"] { display: none !important; }';
			document.head.appendChild(style);
			const text = document.body.innerText;
			style.remove();
			return text;
			""";

	/** The page shown in the browser now, as a person reads it. */
	static VisibleText of(BrowserSession browser, String route) {
		return new VisibleText(route, (String) browser.run(WITHOUT_WHAT_PEOPLE_ENTERED));
	}

	/**
	 * The texts of the page's confirmation dialogs (title, what will happen, the
	 * buttons), closed or open: a page holds them ready, so they are read as the person
	 * will read them once they ask for the action.
	 */
	private static final String DIALOGS = """
			return Array.from(document.querySelectorAll('dialog'))
			  .map((dialog) => {
			    const copy = dialog.cloneNode(true);
			    copy.querySelectorAll('[translate="no"]').forEach((entered) => entered.remove());
			    return copy.textContent;
			  })
			  .join('\\n');
			""";

	/** The confirmation dialogs the page holds ready, as a person will read them. */
	static VisibleText ofDialogs(BrowserSession browser, String route) {
		return new VisibleText(route, (String) browser.run(DIALOGS));
	}

	/** Every word of the text a Chinese reader should not meet, in the order shown. */
	List<String> foreignWords() {
		List<String> found = new ArrayList<>();
		Matcher token = TOKEN.matcher(this.text);
		while (token.find()) {
			String word = token.group();
			if (isForeign(word) && !found.contains(word)) {
				found.add(word);
			}
		}
		return found;
	}

	/**
	 * Every run of Chinese characters of an English page's text that is neither quoted
	 * from a document nor allowed, in the order shown.
	 */
	List<String> chineseWords() {
		List<String> found = new ArrayList<>();
		Matcher han = HAN.matcher(QUOTED.matcher(this.text).replaceAll(""));
		while (han.find()) {
			String word = han.group();
			if (!ALLOWED_IN_ENGLISH.contains(word) && !found.contains(word)) {
				found.add(word);
			}
		}
		return found;
	}

	private static boolean isForeign(String word) {
		if (ALLOWED.contains(word)) {
			return false;
		}
		return LATIN_LETTER.matcher(word).find() || CODE.matcher(word).find() || ISO_DATE.matcher(word).matches();
	}

}
