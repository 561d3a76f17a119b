package io.gongkai.report.report;

import java.time.Instant;

/**
 * A report as its last lifecycle change left it, with the number that change took in its
 * province's feed.
 *
 * @param seq the change's number in the province's feed
 * @param at when the number was taken
 * @param report the report
 */
public record ReportChange(long seq, Instant at, Report report) {

}
