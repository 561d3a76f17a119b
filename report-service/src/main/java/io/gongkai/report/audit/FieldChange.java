package io.gongkai.report.audit;

/**
 * One value of a report that changed: a cell, a section, a catalogue figure or a field.
 *
 * @param kind {@code cell}, {@code section}, {@code metric} or {@code field}
 * @param id the cell id ({@code t3.new_received.total}), the section id ({@code s1}), the
 * figure id ({@code proactive.total}) or the field name ({@code agencyName})
 * @param from the value before, {@code null} when it was blank
 * @param to the value after, {@code null} when it is now blank
 */
public record FieldChange(String kind, String id, Object from, Object to) {

	public static final String CELL = "cell";

	public static final String SECTION = "section";

	public static final String METRIC = "metric";

	public static final String FIELD = "field";

}
