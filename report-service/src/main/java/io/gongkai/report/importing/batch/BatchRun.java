package io.gongkai.report.importing.batch;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.gongkai.platform.security.Caller;
import io.gongkai.report.importing.ImportOutcome;
import io.gongkai.report.importing.ImportedReports;
import io.gongkai.report.textimport.ExtractionResult;
import io.gongkai.report.textimport.ResultJson;
import io.gongkai.report.textimport.TextExtractor;
import io.gongkai.report.textimport.TextImportException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a batch's files one after the other and makes the report of each (see
 * {@link ImportedReports}), recording each result as it goes. A file that fails never
 * stops the others; a cancellation is seen before each file.
 */
final class BatchRun implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(BatchRun.class);

	private final String province;

	private final String id;

	private final List<BatchFile> files;

	private final TextExtractor extractor;

	private final BatchStore store;

	private final Clock clock;

	private final Caller caller;

	private final ImportedReports reports;

	private final boolean accepted;

	BatchRun(Caller caller, String id, List<BatchFile> files, TextExtractor extractor, BatchStore store,
			ImportedReports reports, boolean accepted, Clock clock) {
		this.caller = caller;
		this.province = caller.requireProvince();
		this.id = id;
		this.files = files;
		this.extractor = extractor;
		this.store = store;
		this.reports = reports;
		this.accepted = accepted;
		this.clock = clock;
	}

	@Override
	public void run() {
		if (!this.store.start(this.province, this.id, this.clock.instant())) {
			return;
		}
		int total = this.files.size();
		for (int index = 0; index < total; index++) {
			if (Thread.currentThread().isInterrupted()) {
				log.info("Batch {} stopped by shutdown after {} of {} files", this.id, index, total);
				return;
			}
			if (this.store.isCancelRequested(this.province, this.id)) {
				this.store.finish(this.province, this.id, BatchStatus.cancelled, index, total, this.clock.instant());
				log.info("Batch {} cancelled after {} of {} files", this.id, index, total);
				return;
			}
			process(index, this.files.get(index));
		}
		this.store.finish(this.province, this.id, BatchStatus.completed, total, total, this.clock.instant());
	}

	private void process(int index, BatchFile file) {
		if (file.refusal() != null) {
			this.store.fileFailed(this.province, this.id, index, "too-large-unpacked",
					List.of(String.valueOf(file.size()), String.valueOf(BatchUploads.MAX_FILE_BYTES)),
					ResultJson.writeError(file.name(), file.refusal()));
			return;
		}
		try {
			TextExtractor.Extraction extraction = this.extractor.extractWithText(file.name(), file.bytes());
			ExtractionResult result = extraction.result();
			ImportOutcome outcome = this.reports.importFile(this.caller, this.id, extraction, this.accepted,
					this.clock.instant());
			this.store.fileDone(this.province, this.id, index, summary(result), outcome, ResultJson.write(result));
		}
		catch (TextImportException ex) {
			this.store.fileFailed(this.province, this.id, index,
					ex.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), List.of(),
					ResultJson.writeError(file.name(), ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.warn("Batch {}: file {} could not be read", this.id, index, ex);
			this.store.fileFailed(this.province, this.id, index, "internal", List.of(), ResultJson
				.writeError(file.name(), "the file could not be read (internal error); try it alone as a preview"));
		}
	}

	private static Document summary(ExtractionResult result) {
		return new Document("agencyName", result.agencyName()).append("provinceCode", result.provinceCode())
			.append("year", result.year())
			.append("format", result.format().wireName())
			.append("figures", result.metrics().size())
			.append("flags", result.flags().stream().map((flag) -> flag.wireName()).toList());
	}

}
