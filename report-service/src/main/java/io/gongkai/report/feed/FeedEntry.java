package io.gongkai.report.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.report.report.AgencyKind;
import io.gongkai.report.report.Metric;
import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportChange;
import io.gongkai.report.report.ReportContent;
import io.gongkai.report.report.ReportScope;
import io.gongkai.report.report.ReportStatus;
import io.gongkai.report.report.ReportVersion;
import io.gongkai.report.validation.MandatedSections;

/**
 * One report in the feed, as its last lifecycle change left it: where it stands, whether
 * it was on time, and the figures of its latest accepted or published version (absent
 * while it has none).
 *
 * @param seq the number of the change in the province's feed
 * @param reportId the report
 * @param agencyId the agency
 * @param agencyName the agency's name on the last version
 * @param year the year covered
 * @param format {@code legacy}, {@code template2019} or {@code template2021}
 * @param scope the last version's scope
 * @param agencyKind government or department
 * @param status the report's state: that of its last version; {@code discarded} once the
 * report was discarded as a draft made by mistake (only the ids, agency name, year and
 * format are then given: the report is gone, and a reader drops it)
 * @param deadline when it was due
 * @param firstSubmittedOn the day (China time) it was first submitted, or {@code null}
 * @param onTime whether {@code firstSubmittedOn} is on or before the deadline;
 * {@code null} until submitted
 * @param figuresVersion the latest accepted or published version
 * @param figuresStatus that version's state
 * @param metrics that version's catalogue figures (legacy reports)
 * @param cells that version's cells by template id (template reports)
 * @param sections for a template report with such a version, each of its format's
 * mandated sections ({@code s1} to {@code s6}) with whether that version has it, as
 * validation decides; absent for legacy reports, which have no mandated sections
 * @param published the figures of the last published version, which the public may read;
 * absent while no version was published. They differ from {@code figuresVersion}'s while
 * an amendment is accepted and not yet published.
 * @param changedAt when the change took its number
 */
record FeedEntry(long seq, String reportId, String agencyId, String agencyName, int year, String format,
		ReportScope scope, AgencyKind agencyKind, String status, LocalDate deadline, LocalDate firstSubmittedOn,
		Boolean onTime, @JsonInclude(JsonInclude.Include.NON_NULL) Integer figuresVersion,
		@JsonInclude(JsonInclude.Include.NON_NULL) ReportStatus figuresStatus,
		@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Metric> metrics,
		@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> cells,
		@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Boolean> sections,
		@JsonInclude(JsonInclude.Include.NON_NULL) Published published, Instant changedAt) {

	/** The status of a report discarded as a draft made by mistake. */
	static final String DISCARDED = "discarded";

	private static final List<ReportStatus> DECIDED = List.of(ReportStatus.accepted, ReportStatus.published);

	static FeedEntry of(ReportChange change, MandatedSections mandated) {
		if (change.isDiscard()) {
			ReportChange.Discarded gone = change.discarded();
			return new FeedEntry(change.seq(), gone.reportId(), gone.agencyId(), gone.agencyName(), gone.year(),
					gone.format(), null, null, DISCARDED, null, null, null, null, null, null, null, null, null,
					change.at());
		}
		Report report = change.report();
		ReportVersion latest = report.latest();
		Optional<ReportVersion> figures = latestDecided(report);
		Optional<ReportContent> content = figures.map(ReportVersion::content);
		Map<String, Boolean> sections = report.format().hasTables() ? content
			.map((decided) -> mandated.presence(report.format(), decided.sections(), decided.cells(),
					decided.nothingToReport()))
			.orElse(null) : null;
		return new FeedEntry(change.seq(), report.id(), report.agencyId(), latest.content().agencyName(), report.year(),
				report.format().id(), latest.content().scope(), report.kind(), latest.status().name(),
				report.deadline(), report.firstSubmittedOn(), report.onTime(),
				figures.map(ReportVersion::number).orElse(null), figures.map(ReportVersion::status).orElse(null),
				content.map(ReportContent::metrics).orElse(null), content.map(ReportContent::cells).orElse(null),
				sections, lastPublished(report).map(Published::of).orElse(null), change.at());
	}

	/**
	 * The figures of a report's last published version: its number, when it was
	 * published, and its catalogue figures (legacy) or cells (template).
	 *
	 * @param version the version's number
	 * @param publishedAt when it was published
	 * @param metrics its catalogue figures (legacy reports)
	 * @param cells its cells by template id (template reports)
	 */
	record Published(int version, Instant publishedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Metric> metrics,
			@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> cells) {

		static Published of(ReportVersion version) {
			return new Published(version.number(), version.publishedAt(), version.content().metrics(),
					version.content().cells());
		}

	}

	private static Optional<ReportVersion> lastPublished(Report report) {
		List<ReportVersion> versions = report.versions();
		for (int i = versions.size() - 1; i >= 0; i--) {
			ReportVersion version = versions.get(i);
			if (version.status() == ReportStatus.published && version.publishedAt() != null) {
				return Optional.of(version);
			}
		}
		return Optional.empty();
	}

	private static Optional<ReportVersion> latestDecided(Report report) {
		List<ReportVersion> versions = report.versions();
		for (int i = versions.size() - 1; i >= 0; i--) {
			if (DECIDED.contains(versions.get(i).status())) {
				return Optional.of(versions.get(i));
			}
		}
		return Optional.empty();
	}

}
