package io.gongkai.report.importing.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gongkai.report.importing.ImportOutcome;
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
 * @param createdBy who uploaded it
 * @param createdAt when
 * @param startedAt when a worker took it, or {@code null}
 * @param finishedAt when it ended, or {@code null}
 * @param progress how many files were read, out of how many
 * @param files each file, in upload order
 */
@JsonPropertyOrder({ "id", "status", "cancelRequested", "accepted", "progress", "createdBy", "createdAt", "startedAt",
		"finishedAt", "files" })
record BatchView(String id, String status, boolean cancelRequested, boolean accepted, String createdBy,
		Instant createdAt, Instant startedAt, Instant finishedAt, Progress progress, List<FileView> files) {

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
			Integer year, String format, Integer figures, List<String> flags, ImportOutcome outcome) {
	}

	static BatchView of(Document batch) {
		List<FileView> files = new ArrayList<>();
		for (Document file : batch.getList("files", Document.class, List.of())) {
			Document summary = file.get("summary", Document.class);
			files.add(new FileView(file.getString("name"), ((Number) file.get("size")).longValue(),
					file.getString("status"), file.getString("error"),
					(summary != null) ? summary.getString("agencyName") : null,
					(summary != null) ? summary.getString("provinceCode") : null,
					(summary != null) ? summary.getInteger("year") : null,
					(summary != null) ? summary.getString("format") : null,
					(summary != null) ? summary.getInteger("figures") : null,
					(summary != null) ? summary.getList("flags", String.class) : null,
					ImportOutcome.from(file.get("outcome", Document.class))));
		}
		return new BatchView(batch.getString("_id"), batch.getString("status"),
				Boolean.TRUE.equals(batch.getBoolean("cancelRequested")),
				Boolean.TRUE.equals(batch.getBoolean("accepted")),
				batch.get("createdBy", Document.class).getString("username"), instant(batch.getDate("createdAt")),
				instant(batch.getDate("startedAt")), instant(batch.getDate("finishedAt")),
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
