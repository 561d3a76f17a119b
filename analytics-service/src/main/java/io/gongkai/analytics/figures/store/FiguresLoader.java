package io.gongkai.analytics.figures.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongkai.analytics.sync.ProvinceSynced;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the national figures when the service starts (before it reports itself ready),
 * and rebuilds a province on its own thread whenever the sync has brought one in.
 * Requests to rebuild a province that is already waiting are merged.
 */
@Component
class FiguresLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FiguresLoader.class);

	private final NationalFigures figures;

	private final long retrySeconds;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "national-figures");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<String> waiting = ConcurrentHashMap.newKeySet();

	FiguresLoader(NationalFigures figures, @Value("${gongkai.analytics.figures.retry-seconds:30}") long retrySeconds) {
		this.figures = figures;
		this.retrySeconds = retrySeconds;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/**
	 * The sync changed a province's reports or agencies: its figures are rebuilt on the
	 * loader's thread, so that the sync goes on at once.
	 */
	@EventListener
	void provinceSynced(ProvinceSynced synced) {
		provinceChanged(synced.provinceCode());
	}

	/**
	 * Rebuilds a province's figures soon, off the caller's thread.
	 */
	void provinceChanged(String province) {
		if (province == null || !this.waiting.add(province)) {
			return;
		}
		this.worker.execute(() -> {
			this.waiting.remove(province);
			try {
				this.figures.reload(province);
			}
			catch (RuntimeException ex) {
				log.warn("Figures of province {} could not be rebuilt; the previous ones stay: {}", province,
						ex.getMessage());
			}
		});
	}

	private void load() {
		try {
			this.figures.loadAll();
		}
		catch (RuntimeException ex) {
			log.error("National figures could not be loaded; retrying in {} s: {}", this.retrySeconds, ex.getMessage());
			this.worker.schedule(this::load, this.retrySeconds, TimeUnit.SECONDS);
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
