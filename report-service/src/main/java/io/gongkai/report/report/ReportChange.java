package io.gongkai.report.report;

import java.time.Instant;

/**
 * A report as its last lifecycle change left it, with the number that change took in its
 * province's feed; or, when that change discarded the report, what the feed still says of
 * the report that went.
 *
 * @param seq the change's number in the province's feed
 * @param at when the number was taken
 * @param report the report, {@code null} for a discard
 * @param discarded the report a discard removed, {@code null} for any other change
 */
public record ReportChange(long seq, Instant at, Report report, Discarded discarded) {

	static ReportChange of(long seq, Instant at, Report report) {
		return new ReportChange(seq, at, report, null);
	}

	/** Whether the change discarded the report. */
	public boolean isDiscard() {
		return this.discarded != null;
	}

	/**
	 * A draft discarded: the report is gone, and whoever holds a copy of it drops it.
	 *
	 * @param reportId the report
	 * @param agencyId its agency
	 * @param agencyName the agency's name on its last version
	 * @param year the year it covered
	 * @param format its format's id
	 */
	public record Discarded(String reportId, String agencyId, String agencyName, int year, String format) {

		static Discarded of(Report report) {
			return new Discarded(report.id(), report.agencyId(), report.latest().content().agencyName(), report.year(),
					report.format().id());
		}

	}

}
