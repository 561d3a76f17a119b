package io.gongkai.report.glossary;

/**
 * Where reports of one template version state a figure.
 *
 * @param format the format's id ({@code legacy}, {@code template2019},
 * {@code template2021})
 * @param version the version in words, e.g. {@code 2021年起的报告（2021年模板）}
 * @param source the phrase of a legacy report or the template's cells summed, or that
 * this version does not state it
 * @param stated whether reports of this version state it
 */
public record GlossarySource(String format, String version, String source, boolean stated) {

}
