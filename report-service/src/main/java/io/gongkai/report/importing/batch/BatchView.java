package io.gongkai.report.importing.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gongkai.report.importing.ImportMessages;
import io.gongkai.report.importing.ImportOutcome;
import io.gongkai.report.importing.Uploader;
import org.bson.Document;

/**
 * A batch as its uploader and the province's coordinators see it: progress and what each
 * file gave.
 *
 * @param id the batch's id
 * @param status queued, running, completed, cancelled or interrupted
 * @param cancelRequested whether a cancellation was asked (a running batch stops after
 * its current file)
 * @param accepted whether the coordinator asked for accepted reports rather than drafts
 * @param createdBy who uploaded it: the account's user name
 * @param createdByName that person's name, as pages show it
 * @param createdAt when
 * @param startedAt when a worker took it, or {@code null}
 * @param finishedAt when it ended, or {@code null}
 * @param progress how many files were read, out of how many
 * @param files each file, in upload order
 */
@JsonPropertyOrder({ "id", "status", "cancelRequested", "accepted", "progress", "createdBy", "createdByName",
		"createdAt", "startedAt", "finishedAt", "files" })
record BatchView(String id, String status, boolean cancelRequested, boolean accepted, String createdBy,
		String createdByName, Instant createdAt, Instant startedAt, Instant finishedAt, Progress progress,
		List<FileView> files) {

	/**
	 * @param processed files read so far, well or not
	 * @param total files in the batch
	 * @param succeeded files read with a result
	 * @param failed files that could not be read
	 * @param created reports made (a file read well may make none: see each file's
	 * {@code outcome})
	 */
	record Progress(int processed, int total, int succeeded, int failed, int created) {
	}

	/**
	 * @param name the file's name (its path inside a zip)
	 * @param size its size in bytes, uncompressed
	 * @param status pending, done, failed or not_processed
	 * @param error why it failed, and what to do
	 * @param agencyName the agency the report names
	 * @param provinceCode the province of that agency
	 * @param year the year it covers
	 * @param format legacy, template2019 or template2021
	 * @param figures how many figures were read
	 * @param flags repairs made to its text
	 * @param outcome what became of it: the report made, the agency matched, or why
	 * nothing was made
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FileView(String name, long size, String status, String error, String agencyName, String provinceCode,
			Integer year, String format, Integer figures, List<String> flags, OutcomeView outcome) {
	}

	/**
	 * What became of a file read: see {@link ImportOutcome}; {@code detail} says what it
	 * means and what to do, in the request's language.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "outcome", "agencyId", "agencyName", "reportId", "previewId", "detail" })
	record OutcomeView(String outcome, String agencyId, String agencyName, String reportId, String previewId,
			String detail) {

		static OutcomeView of(Document stored) {
			ImportOutcome outcome = ImportOutcome.from(stored);
			return (outcome != null) ? new OutcomeView(outcome.outcome(), outcome.agencyId(), outcome.agencyName(),
					outcome.reportId(), outcome.previewId(), outcome.detail()) : null;
		}

	}

	/** Why a file could not be read, in the request's language. */
	private static String error(Document file) {
		String code = file.getString("errorCode");
		if (code == null) {
			return file.getString("error");
		}
		return ImportMessages.text("import.file." + code,
				file.getList("errorArguments", String.class, List.of()).toArray());
	}

	static BatchView of(Document batch) {
		Uploader createdBy = Uploader.from(batch.get("createdBy", Document.class));
		List<FileView> files = new ArrayList<>();
		for (Document file : batch.getList("files", Document.class, List.of())) {
			Document summary = file.get("summary", Document.class);
			files.add(new FileView(file.getString("name"), ((Number) file.get("size")).longValue(),
					file.getString("status"), error(file), (summary != null) ? summary.getString("agencyName") : null,
					(summary != null) ? summary.getString("provinceCode") : null,
					(summary != null) ? summary.getInteger("year") : null,
					(summary != null) ? summary.getString("format") : null,
					(summary != null) ? summary.getInteger("figures") : null,
					(summary != null) ? summary.getList("flags", String.class) : null,
					OutcomeView.of(file.get("outcome", Document.class))));
		}
		return new BatchView(batch.getString("_id"), batch.getString("status"),
				Boolean.TRUE.equals(batch.getBoolean("cancelRequested")),
				Boolean.TRUE.equals(batch.getBoolean("accepted")), createdBy.username(), createdBy.displayName(),
				instant(batch.getDate("createdAt")), instant(batch.getDate("startedAt")),
				instant(batch.getDate("finishedAt")),
				new Progress(batch.getInteger("processed"), batch.getInteger("total"), batch.getInteger("succeeded"),
						batch.getInteger("failed"), batch.getInteger("created", 0)),
				files);
	}

	/** The results as JSON Lines: one line per file read, in upload order. */
	static String resultLines(Document batch) {
		StringBuilder lines = new StringBuilder();
		for (Document file : batch.getList("files", Document.class, List.of())) {
			String line = file.getString("result");
			if (line != null) {
				lines.append(line).append('\n');
			}
		}
		return lines.toString();
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
