package io.gongkai.report.published;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongkai.report.report.Report;
import io.gongkai.report.report.ReportOrigin;
import io.gongkai.report.report.ReportStatus;
import io.gongkai.report.report.ReportVersion;

/**
 * What the public may read of a report: its last published version and nothing else. The
 * report it carries is cut down to that one version, with no explanation, comment or name
 * of who wrote, submitted or decided it, and no trace of where an imported text was
 * uploaded from (of an imported text it keeps the day it was published and the sentence
 * each figure was read from, both parts of the published text): whatever reads it cannot
 * reach more.
 *
 * @param provinceCode the province the report belongs to
 * @param report the report with its last published version as its only version
 * @param publishedVersions how many of its versions were published; more than one means
 * the report was amended after its first publication
 * @param firstPublishedAt when its first version was published
 * @param revision the report's revision when it was read, so that an older read never
 * overwrites a newer one
 */
record PublishedReport(String provinceCode, Report report, int publishedVersions, Instant firstPublishedAt,
		long revision) {

	/** The report's public side, or empty while none of its versions was published. */
	static Optional<PublishedReport> of(String provinceCode, Report report) {
		List<ReportVersion> published = report.versions()
			.stream()
			.filter((version) -> version.status() == ReportStatus.published && version.publishedAt() != null)
			.toList();
		if (published.isEmpty()) {
			return Optional.empty();
		}
		ReportVersion last = published.get(published.size() - 1);
		ReportVersion shown = new ReportVersion(last.number(), ReportStatus.published, last.content(), Map.of(),
				List.of(), last.createdAt(), null, last.submittedAt(), null, last.decidedAt(), null, last.publishedAt(),
				null);
		ReportOrigin origin = (report.origin() != null
				&& (report.origin().publishedOn() != null || !report.origin().evidence().isEmpty()))
						? new ReportOrigin(null, null, null, null, report.origin().publishedOn(),
								report.origin().evidence())
						: null;
		Report cut = new Report(report.id(), report.agencyId(), report.year(), report.format(), report.kind(),
				report.deadline(), report.firstSubmittedOn(), report.revision(), last.number(), List.of(shown),
				report.createdAt(), null, report.updatedAt(), origin);
		return Optional.of(new PublishedReport(provinceCode, cut, published.size(), published.get(0).publishedAt(),
				report.revision()));
	}

	String id() {
		return this.report.id();
	}

	/** The version the public reads: the last one published. */
	ReportVersion shown() {
		return this.report.versions().get(0);
	}

	Instant publishedAt() {
		return shown().publishedAt();
	}

	boolean amended() {
		return this.publishedVersions > 1;
	}

	/** An entity tag for one representation of what is shown. */
	String etag(String representation) {
		return "\"" + id() + "-v" + shown().number() + "-" + publishedAt().toEpochMilli() + "-" + representation + "\"";
	}

}
