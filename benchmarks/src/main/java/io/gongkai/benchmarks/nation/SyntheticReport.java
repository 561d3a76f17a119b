package io.gongkai.benchmarks.nation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;

/**
 * One made-up report of one agency on one year, with every version it had, shaped like
 * what report-service stores (see {@link ReportDocumentFormat}).
 *
 * @param id the report's id, a UUID derived from the seed, agency and year
 * @param agency the agency
 * @param year the year covered
 * @param format {@code legacy}, {@code template2019} or {@code template2021}
 * @param deadline when it was due
 * @param firstSubmittedOn the day (China time) it was first submitted, or {@code null}
 * @param revision how many changes it went through
 * @param currentVersion the version readers see, or {@code null} before an acceptance
 * @param versions every version, oldest first
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record SyntheticReport(String id, Agency agency, int year, String format, LocalDate deadline,
		LocalDate firstSubmittedOn, long revision, Integer currentVersion, List<Version> versions, Instant createdAt,
		Instant updatedAt) {

	public SyntheticReport {
		versions = List.copyOf(versions);
	}

	/** The version the agency works on: the last one. */
	public Version latest() {
		return this.versions.get(this.versions.size() - 1);
	}

	/** The report's status: that of its last version. */
	public String status() {
		return latest().status();
	}

	/** Whether it was amended after publication: two versions. */
	public boolean amended() {
		return this.versions.size() > 1;
	}

	/** Whether it was first submitted after its deadline. */
	public boolean late() {
		return this.firstSubmittedOn != null && this.firstSubmittedOn.isAfter(this.deadline);
	}

	/** Who created it: the agency's reporter. */
	public String createdBy() {
		return this.versions.get(0).createdBy();
	}

	/**
	 * One version.
	 *
	 * @param number 1 or 2
	 * @param status {@code draft}, {@code submitted}, {@code returned}, {@code accepted}
	 * or {@code published}
	 * @param content what it says
	 * @param comments the coordinator's comments when it was returned
	 * @param createdAt when it was started
	 * @param createdBy the agency's reporter
	 * @param submittedAt when it was submitted, or {@code null}
	 * @param submittedBy who submitted it
	 * @param decidedAt when it was accepted or returned, or {@code null}
	 * @param decidedBy the coordinator who did
	 * @param publishedAt when it was published, or {@code null}
	 * @param submissionKey the operation id of its submission
	 */
	public record Version(int number, String status, Content content, List<Comment> comments, Instant createdAt,
			String createdBy, Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy,
			Instant publishedAt, String submissionKey) {

		public Version {
			comments = List.copyOf(comments);
		}

	}

	/**
	 * What a version says: a legacy report's narrative and catalogue figures, or a
	 * template report's sections and cells.
	 *
	 * @param agencyName the agency's name as printed
	 * @param scope {@code own} or {@code aggregate}
	 * @param publishedOn the day it was published, if it was
	 * @param narrative the free text of a legacy report
	 * @param metrics catalogue figure id to figure (legacy)
	 * @param sections section id to text (template)
	 * @param cells cell id to figure (template), sorted by id
	 */
	public record Content(String agencyName, String scope, LocalDate publishedOn, String narrative,
			Map<String, Metric> metrics, Map<String, String> sections, Map<String, Long> cells) {

	}

	/**
	 * A catalogue figure.
	 *
	 * @param value the figure
	 * @param qualifier {@code exact}, {@code at_least} or {@code approx}
	 */
	public record Metric(long value, String qualifier) {

	}

	/**
	 * A coordinator's comment on a returned version.
	 *
	 * @param target {@code report}, {@code section}, {@code cell} or {@code metric}
	 * @param ref what it points at, {@code null} for the whole report
	 * @param text what to correct
	 * @param author the coordinator
	 * @param at when
	 */
	public record Comment(String target, String ref, String text, String author, Instant at) {

	}

}
