package io.gongkai.report.importing.batch;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start-up, batches left queued or running by the previous run (their files were held
 * in memory and are gone) are marked {@code interrupted}; the results read until then are
 * kept. Assumes one report-service instance runs batches.
 */
@Component
class InterruptedBatches {

	private static final Logger log = LoggerFactory.getLogger(InterruptedBatches.class);

	private final BatchStore store;

	private final Clock clock;

	InterruptedBatches(BatchStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void markInterrupted() {
		int marked = this.store.markInterrupted(this.clock.instant());
		if (marked > 0) {
			log.info("Marked {} import batches interrupted by the last stop", marked);
		}
	}

}
