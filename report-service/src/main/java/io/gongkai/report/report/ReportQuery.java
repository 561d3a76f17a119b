package io.gongkai.report.report;

import java.util.Optional;

/**
 * Which reports of a province to list, one page at a time.
 */
record ReportQuery(Optional<String> agencyId, Optional<Integer> year, int page, int size) {

}
