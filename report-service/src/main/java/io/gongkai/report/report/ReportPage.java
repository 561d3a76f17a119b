package io.gongkai.report.report;

import java.util.List;

/**
 * One page of reports and how many there are in all.
 */
record ReportPage(List<ReportSummary> items, int page, int size, long total) {

}
