package io.gongkai.tenant.followup;

import java.time.LocalDate;
import java.time.Month;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyKind;
import io.gongkai.tenant.agency.AgencyLevel;

/**
 * One agency expected to report on a year and where it stands.
 *
 * @param agencyId the registry id
 * @param agencyName the registry name
 * @param level administrative level
 * @param kind government or department
 * @param state where it stands
 * @param reportStatus the report's own status, {@code null} when there is no report
 * @param amendment whether the report has an accepted or published version and a new
 * version is being worked on (then it is not behind, whatever its status)
 * @param late past the deadline and not submitted, or first submitted after it
 * @param deadline the report's deadline, or for an agency without a report the one
 * report-service would give it
 * @param firstSubmittedOn the day of the first submission, {@code null} until then
 * @param reportId the report in report-service, {@code null} when there is none
 */
record AgencyFollowUp(String agencyId, String agencyName, AgencyLevel level, AgencyKind kind, FollowUpState state,
		String reportStatus, boolean amendment, boolean late, LocalDate deadline, LocalDate firstSubmittedOn,
		String reportId) {

	/**
	 * Where an agency stands on {@code today} (China time) with its report, or without
	 * one ({@code report == null}).
	 */
	static AgencyFollowUp of(Agency agency, int year, ReportSummary report, LocalDate today) {
		LocalDate deadline = (report != null && report.deadline() != null) ? report.deadline()
				: dueDate(year, agency.kind());
		LocalDate submittedOn = (report != null) ? report.firstSubmittedOn() : null;
		boolean late = (submittedOn != null) ? submittedOn.isAfter(deadline) : today.isAfter(deadline);
		FollowUpState status = (report != null)
				? FollowUpState.ofReportStatus(report.status())
					.orElseThrow(() -> new IllegalStateException("unknown report status " + report.status()))
				: FollowUpState.not_started;
		boolean amendment = report != null && report.currentVersion() != null && status.isBehind();
		FollowUpState state = (late && status.isBehind() && !amendment) ? FollowUpState.late : status;
		return new AgencyFollowUp(agency.id(), agency.name(), agency.level(), agency.kind(), state,
				(report != null) ? report.status() : null, amendment, late, deadline, submittedOn,
				(report != null) ? report.id() : null);
	}

	/** Whether a reminder should go to this agency. */
	boolean isBehind() {
		return this.state.isBehind() && !this.amendment;
	}

	/**
	 * The deadline report-service gives a report it has not got yet (its
	 * {@code Deadlines}): 31 March of the next year up to the reports on 2018; from 2019,
	 * 31 January for a department and 31 March for a people's government.
	 */
	static LocalDate dueDate(int year, AgencyKind kind) {
		if (year < 2019 || kind == AgencyKind.government) {
			return LocalDate.of(year + 1, Month.MARCH, 31);
		}
		return LocalDate.of(year + 1, Month.JANUARY, 31);
	}

}
