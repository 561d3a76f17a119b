package io.gongkai.tenant.followup;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the follow-up reads of a report in report-service's list ({@code ReportSummary}
 * there); every other field is ignored.
 *
 * @param id the report
 * @param provinceCode the province database it was read from
 * @param agencyId the registry id of its agency
 * @param year the year reported on
 * @param status {@code draft}, {@code submitted}, {@code returned}, {@code accepted} or
 * {@code published}: the status of its latest version
 * @param currentVersion the accepted or published version readers see, {@code null} if
 * none yet
 * @param deadline when it is due
 * @param firstSubmittedOn the day (China time) of its first submission, {@code null}
 * until then
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReportSummary(String id, String provinceCode, String agencyId, int year, String status, Integer currentVersion,
		LocalDate deadline, LocalDate firstSubmittedOn) {

}
