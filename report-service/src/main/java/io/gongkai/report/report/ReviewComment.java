package io.gongkai.report.report;

import java.time.Instant;

/**
 * A coordinator's comment on a returned version.
 *
 * @param target {@code report}, {@code section}, {@code cell} or {@code metric}
 * @param ref the section, cell or figure id; {@code null} for the whole report
 * @param text what to correct
 * @param author the coordinator's user name
 * @param authorName the coordinator's name as the token gave it when the comment was
 * made, what pages show
 * @param at when
 */
public record ReviewComment(String target, String ref, String text, String author, String authorName, Instant at) {

	public ReviewComment {
		authorName = (authorName != null && !authorName.isBlank()) ? authorName : author;
	}

}
