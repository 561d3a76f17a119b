package io.gongkai.report.report;

/**
 * Where a version of a report stands: draft → submitted → returned (back with the agency)
 * → submitted → accepted → published.
 */
public enum ReportStatus {

	/** Being written by the agency; not yet submitted. */
	draft,
	/** Sent to the provincial coordinator for review. */
	submitted,
	/** Sent back by the coordinator, with comments, to be corrected and resubmitted. */
	returned,
	/** Accepted by the coordinator; locked. */
	accepted,
	/** Published; locked. Changes after publication make a new version. */
	published;

	/** Whether the agency may change the content in this status. */
	boolean isEditable() {
		return this == draft || this == returned;
	}

	/** Whether the version is locked against changes until a coordinator reopens it. */
	boolean isLocked() {
		return this == accepted || this == published;
	}

}
