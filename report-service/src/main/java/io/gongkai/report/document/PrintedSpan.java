package io.gongkai.report.document;

/**
 * A piece of the original text as the HTML document prints it.
 *
 * @param paragraph the paragraph's {@code data-paragraph}
 * @param from where the piece starts in the paragraph's text
 * @param to where it ends, exclusive
 */
public record PrintedSpan(int paragraph, int from, int to) {

}
