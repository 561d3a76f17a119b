package io.gongkai.report.importing.batch;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import io.gongkai.report.importing.ImportProblems;
import io.gongkai.report.importing.ImportSettings;
import io.gongkai.report.importing.ImportedReports;
import io.gongkai.report.importing.Uploader;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.textimport.TextExtractor;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * Batch imports: unpack and queue an upload, follow it, cancel it, download its results.
 * A batch is reached in the caller's province only, by its uploader, its uploader's
 * agency, or any coordinator of the province.
 */
@Component
class ImportBatches {

	private final BatchStore store;

	private final BatchWorkers workers;

	private final TextExtractor extractor;

	private final ImportSettings settings;

	private final Clock clock;

	private final ImportedReports reports;

	private final BatchLeases leases;

	ImportBatches(BatchStore store, BatchWorkers workers, TextExtractor extractor, ImportSettings settings,
			ImportedReports reports, BatchLeases leases, Clock clock) {
		this.leases = leases;
		this.reports = reports;
		this.store = store;
		this.workers = workers;
		this.extractor = extractor;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param accepted whether the coordinator asks for accepted reports rather than
	 * drafts
	 */
	Document create(Caller caller, List<BatchUploads.Upload> uploads, boolean accepted) {
		String province = caller.requireProvince();
		ImportProblems.requireAgencyOfReporter(caller);
		if (accepted && !caller.has(Role.PROVINCIAL_COORDINATOR)) {
			throw new ProblemException(ReportProblem.NOT_A_COORDINATOR_TO_IMPORT_ACCEPTED);
		}
		List<BatchFile> files = BatchUploads.unpack(uploads, this.settings.batch());
		String id = UUID.randomUUID().toString();
		this.store.insert(province, id, Uploader.of(caller), accepted, files, this.clock.instant(),
				this.leases.runner(), this.leases.leaseUntil());
		this.leases.taken(province, id);
		BatchRun run = new BatchRun(caller, id, files, this.extractor, this.store, this.reports, accepted, this.clock);
		if (!this.workers.submit(() -> {
			try {
				run.run();
			}
			finally {
				this.leases.released(id);
			}
		})) {
			this.leases.released(id);
			this.store.delete(province, id);
			throw new ProblemException(ReportProblem.IMPORT_BUSY);
		}
		return reachable(caller, id);
	}

	Document reachable(Caller caller, String id) {
		String province = caller.requireProvince();
		return this.store.find(province, id)
			.filter((batch) -> Uploader.from(batch.get("createdBy", Document.class)).isVisibleTo(caller))
			.orElseThrow(() -> new ProblemException(ReportProblem.BATCH_NOT_FOUND, id));
	}

	Document cancel(Caller caller, String id) {
		Document batch = reachable(caller, id);
		BatchStatus status = BatchStatus.valueOf(batch.getString("status"));
		if (status.isFinished()) {
			throw new ProblemException(ReportProblem.BATCH_FINISHED, id, status).with("status", status.name());
		}
		String province = caller.requireProvince();
		this.store.requestCancel(province, id);
		this.store.cancelQueued(province, id, batch.getInteger("total"), this.clock.instant());
		return reachable(caller, id);
	}

}
