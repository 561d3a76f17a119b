package io.gongkai.report.report;

/**
 * Told of every report the store wrote, after the write: what keeps a read model of the
 * reports (the published reports the public reads) in step. A failure here does not undo
 * the write; a reader that must not miss a change also catches up from the feed.
 */
public interface ReportWrites {

	/** The report as it now stands in its province. */
	void written(String provinceCode, Report report);

	/** The report is gone from its province. */
	void deleted(String provinceCode, String reportId);

}
