package io.gongkai.report.report;

import java.time.Instant;

/**
 * A coordinator's comment on a returned version.
 *
 * @param target {@code report}, {@code section}, {@code cell} or {@code metric}
 * @param ref the section, cell or figure id; {@code null} for the whole report
 * @param text what to correct
 * @param author the coordinator's user name
 * @param at when
 */
public record ReviewComment(String target, String ref, String text, String author, Instant at) {

}
