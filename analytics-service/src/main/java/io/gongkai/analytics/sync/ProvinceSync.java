package io.gongkai.analytics.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.mongodb.MongoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One synchronisation round of one province: its whole agency registry from
 * tenant-service, then report-service's feed page by page from the province's cursor
 * until the feed has no more (or {@code max-pages-per-round} pages were read). Each page
 * is applied before the cursor moves past it, so that a crash in between only makes the
 * next round apply that page again: no change is skipped, no report doubled. A failure
 * stops this province's round only and is recorded on its cursor.
 */
@Component
class ProvinceSync {

	private static final Logger log = LoggerFactory.getLogger(ProvinceSync.class);

	private final RegistryClient registry;

	private final ReportFeedClient feed;

	private final ReadModelUpdates updates;

	private final SyncCursors cursors;

	private final ReadModelCollections collections;

	private final ReadModelChanges changes;

	private final int maxPagesPerRound;

	private final Clock clock = Clock.systemUTC();

	ProvinceSync(RegistryClient registry, ReportFeedClient feed, ReadModelUpdates updates, SyncCursors cursors,
			ReadModelCollections collections, ReadModelChanges changes, SyncSettings settings) {
		this.registry = registry;
		this.feed = feed;
		this.updates = updates;
		this.cursors = cursors;
		this.collections = collections;
		this.changes = changes;
		this.maxPagesPerRound = settings.maxPagesPerRound();
	}

	ProvinceRound sync(String provinceCode) {
		Instant started = this.clock.instant();
		Progress progress = new Progress();
		String error = null;
		try {
			this.collections.ensureIndexes();
			this.cursors.attempted(provinceCode, started);
			progress.after = this.cursors.of(provinceCode).after();
			progress.agenciesChanged = this.updates.replaceAgencies(provinceCode,
					this.registry.agenciesOf(provinceCode));
			boolean more = true;
			while (more && progress.pages < this.maxPagesPerRound) {
				if (Thread.currentThread().isInterrupted()) {
					throw new SyncFailedException("interrupted: the service is stopping", null);
				}
				FeedPage page = this.feed.page(provinceCode, progress.after);
				progress.reportsApplied += this.updates.applyReports(provinceCode, page.items(), this.clock.instant());
				this.cursors.advanced(provinceCode, page.next());
				progress.after = page.next();
				progress.pages++;
				more = page.more();
			}
			this.cursors.succeeded(provinceCode, this.clock.instant(), this.updates.reportsOf(provinceCode),
					this.updates.agenciesOf(provinceCode));
			if (more) {
				log.info("Province {}: {} feed pages read this round, the rest comes in the next", provinceCode,
						progress.pages);
			}
		}
		catch (SyncFailedException exception) {
			error = exception.getMessage();
			log.debug("Province {}: round stopped", provinceCode, exception);
		}
		catch (MongoException exception) {
			error = "read model store failed (error " + exception.getCode() + ")";
			log.warn("Province {}: the read model store failed", provinceCode, exception);
		}
		catch (RuntimeException exception) {
			error = "unexpected failure (see the service log)";
			log.error("Province {}: unexpected failure of its round", provinceCode, exception);
		}
		if (error != null) {
			recordFailure(provinceCode, error, progress);
		}
		Instant ended = this.clock.instant();
		ProvinceRound round = new ProvinceRound(provinceCode, progress.pages, progress.reportsApplied,
				progress.agenciesChanged, progress.after, error, Duration.between(started, ended));
		if (round.changedReadModel()) {
			this.changes.changed(provinceCode, ended);
		}
		return round;
	}

	private void recordFailure(String provinceCode, String error, Progress progress) {
		log.warn("Province {}: round stopped after {} feed pages, cursor at {}: {}", provinceCode, progress.pages,
				progress.after, error);
		try {
			this.cursors.failed(provinceCode, error, this.updates.reportsOf(provinceCode),
					this.updates.agenciesOf(provinceCode));
		}
		catch (MongoException exception) {
			log.warn("Province {}: could not record the failure on its cursor ({})", provinceCode,
					exception.getMessage());
		}
	}

	private static final class Progress {

		private int pages;

		private int reportsApplied;

		private int agenciesChanged;

		private long after;

	}

}
