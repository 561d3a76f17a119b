package io.gongkai.report.glossary;

/**
 * A figure as one report states it.
 *
 * @param value the figure
 * @param qualifier {@code exact}, {@code at_least} or {@code approx}
 * @param source where it was read: the legacy phrase or the template's cells
 */
public record FigureReading(long value, String qualifier, String source) {

}
