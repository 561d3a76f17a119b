package io.gongkai.report.importing.batch;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoException;
import io.gongkai.platform.mongo.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Batches left queued or running by an instance that is gone (their files were held in
 * its memory and are lost) are marked {@code interrupted}, keeping the results read until
 * then: once the service is ready, and then every third of the batch lease, when the
 * batches' leases have also been renewed. The check runs in one instance at a time (lease
 * {@value #LEASE}); a batch whose instance still renews its lease is left alone.
 */
@Component
class InterruptedBatches implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InterruptedBatches.class);

	static final String LEASE = "report-batch-recovery";

	private final BatchStore store;

	private final BatchLeases batchLeases;

	private final Leases leases;

	private final Clock clock;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "import-batch-leases");
		thread.setDaemon(true);
		return thread;
	});

	InterruptedBatches(BatchStore store, BatchLeases batchLeases, Leases leases, Clock clock) {
		this.store = store;
		this.batchLeases = batchLeases;
		this.leases = leases;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long every = Math.max(1000, this.batchLeases.lease().toMillis() / 3);
		this.timer.scheduleWithFixedDelay(this::renewAndRecover, 0, every, TimeUnit.MILLISECONDS);
	}

	private void renewAndRecover() {
		try {
			this.batchLeases.renew();
			markInterrupted();
		}
		catch (RuntimeException ex) {
			log.warn("Import batches' leases could not be kept: {}", ex.getMessage());
		}
	}

	/**
	 * Marks the batches whose lease expired as interrupted, unless another instance (or
	 * this one's timer) is doing so.
	 * @return whether it looked for them here
	 */
	boolean markInterrupted() {
		return this.leases.runOnce(LEASE, () -> {
			try {
				int marked = this.store.markInterrupted(this.clock.instant());
				if (marked > 0) {
					log.info("Marked {} import batches interrupted: the instance running them is gone", marked);
				}
			}
			catch (MongoException ex) {
				log.warn("Interrupted import batches could not be looked for: {}", ex.getMessage());
			}
		});
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
