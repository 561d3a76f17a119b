package io.gongkai.benchmarks.nation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;
import io.gongkai.benchmarks.nation.SyntheticReport.Comment;
import io.gongkai.benchmarks.nation.SyntheticReport.Content;
import io.gongkai.benchmarks.nation.SyntheticReport.Version;
import io.gongkai.report.template.ReportingCalendar;
import io.gongkai.report.template.TemplateFormat;

/**
 * The way a made-up report went, up to the status it has now: created by the agency's
 * reporter some weeks before it was submitted; submitted before the deadline, or (one in
 * ten) up to four months after it; returned or accepted by the province's coordinator
 * within two weeks; published within a week of acceptance; an amended one reopened,
 * resubmitted, accepted and published again months later, as version 2. Days are China
 * days, times during office hours there.
 */
final class ReportLifecycle {

	/** China time: report days (first submitted, published) are days there. */
	static final ZoneId CHINA = ReportingCalendar.CHINA;

	static final double LATE = 0.10;

	private static final long DAY = 86_400L;

	private final String coordinator;

	ReportLifecycle(String provinceCode) {
		this.coordinator = "coordinator-" + provinceCode;
	}

	/**
	 * The report as its lifecycle up to {@code status} left it.
	 */
	SyntheticReport report(Written written, String status, SeededDraws draws) {
		String reporter = "reporter-" + written.agency().id();
		if ("draft".equals(status)) {
			Instant created = at(written.deadline().minusDays(draws.between(10, 80)), draws);
			Instant saved = later(created, draws, 0, 30);
			Version draft = new Version(1, status, written.content(), List.of(), created, reporter, null, null, null,
					null, null, null);
			return written.report(null, 1 + draws.between(0, 3), null, List.of(draft), created, saved);
		}
		LocalDate submittedOn = draws.chance(LATE) ? written.deadline().plusDays(draws.between(1, 120))
				: written.deadline().minusDays(draws.between(0, 75));
		Instant submitted = at(submittedOn, draws);
		Instant created = submitted.minusSeconds(DAY * draws.between(3, 45) + draws.between(60, 3600));
		long revision = 2 + draws.between(0, 3);
		String key = uuid(written.id() + "/submission/1");
		if ("submitted".equals(status)) {
			Version version = new Version(1, status, written.content(), List.of(), created, reporter, submitted,
					reporter, null, null, null, key);
			return written.report(submittedOn, revision, null, List.of(version), created, submitted);
		}
		Instant decided = later(submitted, draws, 1, 15);
		if ("returned".equals(status)) {
			Comment comment = new Comment("report", null, "请核对申请办理情况表格的数据后重新提交。", this.coordinator, decided);
			Version version = new Version(1, status, written.content(), List.of(comment), created, reporter, submitted,
					reporter, decided, this.coordinator, null, key);
			return written.report(submittedOn, revision + 1, null, List.of(version), created, decided);
		}
		if ("accepted".equals(status)) {
			Version version = new Version(1, status, written.content(), List.of(), created, reporter, submitted,
					reporter, decided, this.coordinator, null, key);
			return written.report(submittedOn, revision + 1, 1, List.of(version), created, decided);
		}
		Instant published = later(decided, draws, 0, 7);
		Content first = (written.amendedFrom() != null) ? written.amendedFrom() : written.content();
		Version version = new Version(1, status, publishedOn(first, published), List.of(), created, reporter, submitted,
				reporter, decided, this.coordinator, published, key);
		if (written.amendedFrom() == null) {
			return written.report(submittedOn, revision + 2, 1, List.of(version), created, published);
		}
		Instant reopened = later(published, draws, 20, 300);
		Instant resubmitted = later(reopened, draws, 1, 10);
		Instant accepted = later(resubmitted, draws, 1, 10);
		Instant republished = later(accepted, draws, 0, 5);
		Version amendment = new Version(2, status, publishedOn(written.content(), republished), List.of(), reopened,
				reporter, resubmitted, reporter, accepted, this.coordinator, republished,
				uuid(written.id() + "/submission/2"));
		return written.report(submittedOn, revision + 6 + draws.between(0, 2), 2, List.of(version, amendment), created,
				republished);
	}

	static String uuid(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static Content publishedOn(Content content, Instant published) {
		return new Content(content.agencyName(), content.scope(), LocalDate.ofInstant(published, CHINA),
				content.narrative(), content.metrics(), content.sections(), content.cells());
	}

	/** Some days (and minutes) later. */
	private static Instant later(Instant moment, SeededDraws draws, int fewestDays, int mostDays) {
		return moment.plusSeconds(DAY * draws.between(fewestDays, mostDays) + draws.between(60, 3600));
	}

	/** A moment of that day, China time, during office hours. */
	private static Instant at(LocalDate day, SeededDraws draws) {
		return day.atTime(LocalTime.of(draws.between(8, 19), draws.between(0, 59), draws.between(0, 59)))
			.atZone(CHINA)
			.toInstant();
	}

	/**
	 * What the agency wrote, before its lifecycle.
	 *
	 * @param id the report's id
	 * @param agency the agency
	 * @param year the year covered
	 * @param format the year's format
	 * @param deadline when it is due
	 * @param content what the report says (its last version)
	 * @param amendedFrom what its first version said when it was amended, else
	 * {@code null}
	 */
	record Written(String id, Agency agency, int year, TemplateFormat format, LocalDate deadline, Content content,
			Content amendedFrom) {

		SyntheticReport report(LocalDate firstSubmittedOn, long revision, Integer currentVersion,
				List<Version> versions, Instant createdAt, Instant updatedAt) {
			return new SyntheticReport(this.id, this.agency, this.year, this.format.id(), this.deadline,
					firstSubmittedOn, revision, currentVersion, versions, createdAt, updatedAt);
		}

	}

}
