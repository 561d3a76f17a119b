package io.gongkai.report.importing.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.gongkai.report.importing.ImportSettings;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The small bounded pool batches run on: a few threads and a short queue; when both are
 * full an upload is refused rather than held. Not an {@code Executor} bean, so that
 * Spring's own task executor is left alone. On shutdown the workers are interrupted:
 * their batches stop after the current file and are marked interrupted once their lease
 * expired.
 */
@Component
class BatchWorkers implements DisposableBean {

	private final ThreadPoolExecutor pool;

	BatchWorkers(ImportSettings settings) {
		AtomicInteger count = new AtomicInteger();
		int threads = settings.batch().threads();
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(settings.batch().queueCapacity()), (runnable) -> {
					Thread thread = new Thread(runnable, "import-batch-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.AbortPolicy());
	}

	/**
	 * Queues a batch.
	 * @return {@code false} when the pool and its queue are full
	 */
	boolean submit(Runnable batch) {
		try {
			this.pool.execute(batch);
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.pool.shutdownNow();
		this.pool.awaitTermination(5, TimeUnit.SECONDS);
	}

}
