package io.gongkai.report.template;

/**
 * One of the six mandated sections.
 *
 * @param id {@code s1} to {@code s6}
 * @param label the heading, e.g. {@code 一、总体情况}
 * @param table the table the section holds, or {@code null} for a text section
 */
public record Section(String id, String label, Table table) {

	public boolean isText() {
		return this.table == null;
	}

}
