package io.gongkai.report.report;

/**
 * Whether a report covers its agency alone or aggregates its subordinate bodies, so that
 * comparisons never count a body twice.
 */
public enum ReportScope {

	own, aggregate

}
