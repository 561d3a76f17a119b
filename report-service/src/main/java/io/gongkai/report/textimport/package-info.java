/**
 * Text import: turns a published government information disclosure annual report (plain
 * text in UTF-8, GB18030 or Big5, HTML, PDF or .docx) into the figures of the extraction
 * contract. Pure Java, no Spring: {@link io.gongkai.report.textimport.TextExtractor} is
 * the entry point, {@link io.gongkai.report.textimport.ExtractCommand} the command line.
 */
package io.gongkai.report.textimport;
