package io.gongkai.analytics.nation;

/**
 * One report as the read model takes it from the store: its codes and its counted
 * figures, in the catalogue's order ({@code NaN} where the report does not state one).
 *
 * @param province six-digit province code
 * @param agencyId the reporting agency
 * @param agencyName the name the report gives, used when the registry lacks the agency
 * @param year the year the report covers
 * @param format {@link Codes#LEGACY}, {@link Codes#TEMPLATE_2019} or
 * {@link Codes#TEMPLATE_2021}
 * @param scope {@link Codes#OWN} or {@link Codes#AGGREGATE}
 * @param kind {@link Codes#GOVERNMENT}, {@link Codes#DEPARTMENT} or {@link Codes#UNKNOWN}
 * @param status the report's current state, {@link Codes#DRAFT} to
 * {@link Codes#PUBLISHED}
 * @param timeliness {@link Codes#ON_TIME}, {@link Codes#LATE} or {@link Codes#UNKNOWN}
 * @param hasFigures whether an accepted or published version exists
 * @param figures the counted figures of that version, {@code null} without one
 * @param sections the mandated sections of that version ({@link Codes#sections})
 * @param qualifiers per counted figure, {@link Codes#AT_LEAST} or {@link Codes#APPROX}
 * when the legacy figure it was read from was stated so; {@code null} when every figure
 * is exact
 * @param id the report's id ({@code _id}, the id the public report pages take), or
 * {@code null} when not read
 */
record ReportRow(String province, String agencyId, String agencyName, int year, byte format, byte scope, byte kind,
		byte status, byte timeliness, boolean hasFigures, double[] figures, byte sections, byte[] qualifiers,
		String id) {

	ReportRow(String province, String agencyId, String agencyName, int year, byte format, byte scope, byte kind,
			byte status, byte timeliness, boolean hasFigures, double[] figures, byte sections, byte[] qualifiers) {
		this(province, agencyId, agencyName, year, format, scope, kind, status, timeliness, hasFigures, figures,
				sections, qualifiers, null);
	}

	ReportRow(String province, String agencyId, String agencyName, int year, byte format, byte scope, byte kind,
			byte status, byte timeliness, boolean hasFigures, double[] figures) {
		this(province, agencyId, agencyName, year, format, scope, kind, status, timeliness, hasFigures, figures,
				Codes.SECTIONS_UNKNOWN, null);
	}

}
