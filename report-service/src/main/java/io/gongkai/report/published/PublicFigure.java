package io.gongkai.report.published;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.report.document.PrintedSpan;

/**
 * A catalogue figure of a published report, traced to where it was read: the table cells
 * of a template report, or for a report read from its published text the sentence it was
 * read from.
 *
 * @param id the glossary's id
 * @param name its name, in the reader's language
 * @param unit its unit
 * @param value the figure as the report states it (a template figure: the sum of its
 * cells)
 * @param qualifier {@code exact}, {@code at_least} or {@code approx}
 * @param source where it was read, in words
 * @param cells the {@code data-cell} of each cell of the official document (HTML) that
 * holds it
 * @param evidence the sentence of the published text it was read from, or absent
 * @param glossary its entry in the glossary
 * @param link the report page opened at the figure's source
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicFigure(String id, String name, String unit, long value, String qualifier, String source,
		List<String> cells, Evidence evidence, String glossary, String link) {

	/**
	 * The sentence a figure was read from.
	 *
	 * @param text the sentence or clause
	 * @param start its offset in the report's original text (the exchange format's
	 * {@code originalText})
	 * @param end its end offset, exclusive
	 * @param printed where the official document (HTML) prints it: per paragraph
	 * ({@code data-paragraph}) the offsets in its text
	 */
	record Evidence(String text, int start, int end, List<PrintedSpan> printed) {
	}

}
