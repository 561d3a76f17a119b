package io.gongkai.report.template;

import java.util.Arrays;
import java.util.Optional;

/**
 * The shape a report takes, fixed by the year it covers. The ids are those of the report
 * API ({@code legacy}, {@code template2019}, {@code template2021}).
 */
public enum TemplateFormat {

	/** Free text under the 2007 regulation: reports on 2008 to 2018; no tables. */
	LEGACY("legacy", ReportingCalendar.FIRST_YEAR, 2018),
	/** The trial template of 国办公开办函〔2019〕60号: reports on 2019 and 2020. */
	TEMPLATE_2019("template2019", 2019, 2020),
	/** The template of 国办公开办函〔2021〕30号: reports on 2021 on. */
	TEMPLATE_2021("template2021", 2021, Integer.MAX_VALUE);

	private final String id;

	private final int firstYear;

	private final int lastYear;

	TemplateFormat(String id, int firstYear, int lastYear) {
		this.id = id;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
	}

	public String id() {
		return this.id;
	}

	public boolean fits(int year) {
		return year >= this.firstYear && year <= this.lastYear;
	}

	public boolean hasTables() {
		return this != LEGACY;
	}

	public static Optional<TemplateFormat> fromId(String id) {
		return Arrays.stream(values()).filter((format) -> format.id.equals(id)).findFirst();
	}

	/**
	 * The format a report on the given year must use.
	 */
	public static TemplateFormat forYear(int year) {
		return Arrays.stream(values()).filter((format) -> format.fits(year)).findFirst().orElse(LEGACY);
	}

}
