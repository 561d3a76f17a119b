package io.gongkai.report.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongkai.report.template.TemplateFormat;

/**
 * One agency's report on one year, with every version it had. There is exactly one per
 * agency and year. The last version is the one the agency works on; the current version
 * ({@link #currentVersion()}) is the one readers see: the last accepted or published one.
 * An amendment to a published report adds a version without moving the current one until
 * the amendment is accepted.
 *
 * @param id the report's id
 * @param agencyId the agency, from the reporter's token
 * @param year the year covered
 * @param format the format the year requires
 * @param kind government or department, which fixes the deadline
 * @param deadline when the report is due
 * @param firstSubmittedOn the day it was first submitted (China time), or {@code null}
 * @param revision counts every change; the ETag
 * @param currentVersion the number of the version readers see, or {@code null} before the
 * first acceptance
 * @param versions every version, oldest first
 * @param createdAt when the report was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param origin where a report imported from its published text came from, or
 * {@code null}
 */
public record Report(String id, String agencyId, int year, TemplateFormat format, AgencyKind kind, LocalDate deadline,
		LocalDate firstSubmittedOn, long revision, Integer currentVersion, List<ReportVersion> versions,
		Instant createdAt, String createdBy, Instant updatedAt, ReportOrigin origin) {

	public Report(String id, String agencyId, int year, TemplateFormat format, AgencyKind kind, LocalDate deadline,
			LocalDate firstSubmittedOn, long revision, Integer currentVersion, List<ReportVersion> versions,
			Instant createdAt, String createdBy, Instant updatedAt) {
		this(id, agencyId, year, format, kind, deadline, firstSubmittedOn, revision, currentVersion, versions,
				createdAt, createdBy, updatedAt, null);
	}

	public Report {
		versions = List.copyOf(versions);
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("A report has at least one version");
		}
	}

	/** The version the agency works on: the last one. */
	public ReportVersion latest() {
		return this.versions.get(this.versions.size() - 1);
	}

	public ReportStatus status() {
		return latest().status();
	}

	public Optional<ReportVersion> version(int number) {
		return (number >= 1 && number <= this.versions.size()) ? Optional.of(this.versions.get(number - 1))
				: Optional.empty();
	}

	/** The version readers see, if one was accepted. */
	public Optional<ReportVersion> current() {
		return (this.currentVersion != null) ? version(this.currentVersion) : Optional.empty();
	}

	/**
	 * Whether it was first submitted by its deadline; {@code null} until submitted. A
	 * report imported from its published text with a known publication date counts by
	 * that date.
	 */
	public Boolean onTime() {
		return Deadlines.onTime(this.deadline, this.firstSubmittedOn,
				(this.origin != null) ? this.origin.publishedOn() : null);
	}

	/** The report with its last version replaced, one revision on. */
	Report withLatest(ReportVersion version, Integer current, Instant at) {
		List<ReportVersion> all = new ArrayList<>(this.versions);
		all.set(all.size() - 1, version);
		return new Report(this.id, this.agencyId, this.year, this.format, this.kind, this.deadline,
				this.firstSubmittedOn, this.revision + 1, current, all, this.createdAt, this.createdBy, at,
				this.origin);
	}

	/** The report with a new last version, one revision on. */
	Report withNewVersion(ReportVersion version, Instant at) {
		List<ReportVersion> all = new ArrayList<>(this.versions);
		all.add(version);
		return new Report(this.id, this.agencyId, this.year, this.format, this.kind, this.deadline,
				this.firstSubmittedOn, this.revision + 1, this.currentVersion, all, this.createdAt, this.createdBy, at,
				this.origin);
	}

	/**
	 * The report with its last version replaced and a next one started after it, one
	 * revision on: a version that goes back to the agency keeps what was submitted, and
	 * the agency works on a copy.
	 */
	Report withLatestAndNext(ReportVersion latest, ReportVersion next, Integer current, Instant at) {
		List<ReportVersion> all = new ArrayList<>(this.versions);
		all.set(all.size() - 1, latest);
		all.add(next);
		return new Report(this.id, this.agencyId, this.year, this.format, this.kind, this.deadline,
				this.firstSubmittedOn, this.revision + 1, current, all, this.createdAt, this.createdBy, at,
				this.origin);
	}

	/** The report without its last version, one revision on: an amendment discarded. */
	Report withoutLatest(Instant at) {
		return new Report(this.id, this.agencyId, this.year, this.format, this.kind, this.deadline,
				this.firstSubmittedOn, this.revision + 1, this.currentVersion,
				this.versions.subList(0, this.versions.size() - 1), this.createdAt, this.createdBy, at, this.origin);
	}

	/**
	 * The last submission sent back to the agency before the version being worked on, if
	 * any: what a reviewer compares a resubmission with.
	 */
	public Optional<ReportVersion> lastReturned() {
		for (int n = this.versions.size() - 1; n >= 1; n--) {
			ReportVersion version = this.versions.get(n - 1);
			if (version.status() == ReportStatus.returned && version.submittedAt() != null) {
				return Optional.of(version);
			}
		}
		return Optional.empty();
	}

	/** Whether any version was ever submitted. */
	boolean everSubmitted() {
		return this.versions.stream().anyMatch((version) -> version.submittedAt() != null);
	}

	Report withFirstSubmittedOn(LocalDate day) {
		return (this.firstSubmittedOn != null) ? this
				: new Report(this.id, this.agencyId, this.year, this.format, this.kind, this.deadline, day,
						this.revision, this.currentVersion, this.versions, this.createdAt, this.createdBy,
						this.updatedAt, this.origin);
	}

	/**
	 * The latest accepted or published version before the given one, for when that one is
	 * reopened.
	 */
	Integer lastDecidedBefore(int number) {
		for (int n = number - 1; n >= 1; n--) {
			if (this.versions.get(n - 1).status().isLocked()) {
				return n;
			}
		}
		return null;
	}

}
