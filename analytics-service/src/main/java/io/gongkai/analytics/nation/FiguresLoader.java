package io.gongkai.analytics.nation;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoException;
import io.gongkai.analytics.sync.ProvinceSynced;
import io.gongkai.analytics.sync.ReadModelChanges;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the national figures when the service starts (before it reports itself ready),
 * the analysts' and the published ones from one reading of the store, and rebuilds a
 * province (each model on its own, so that one failing leaves the other's rebuild be) on
 * its own thread whenever the sync has brought one in: at once when the round ran in this
 * instance, and within {@code gongkai.analytics.figures.poll-interval} when it ran in
 * another (the versions of {@link ReadModelChanges} are compared with those loaded).
 * Requests to rebuild a province that is already waiting are merged.
 */
@Component
class FiguresLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FiguresLoader.class);

	private final NationalFigures figures;

	private final PublishedFigures published;

	private final ReadModelSource source;

	private final long retrySeconds;

	private final ReadModelChanges changes;

	private final Duration pollInterval;

	/** The version of each province's read model this instance has (or is) loading. */
	private final Map<String, Long> loadedVersions = new ConcurrentHashMap<>();

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "national-figures");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<String> waiting = ConcurrentHashMap.newKeySet();

	FiguresLoader(NationalFigures figures, PublishedFigures published, ReadModelSource source, ReadModelChanges changes,
			@Value("${gongkai.analytics.figures.retry-seconds:30}") long retrySeconds,
			@Value("${gongkai.analytics.figures.poll-interval:2s}") Duration pollInterval) {
		if (pollInterval.compareTo(Duration.ofMillis(100)) < 0 || pollInterval.compareTo(Duration.ofMinutes(1)) > 0) {
			throw new IllegalArgumentException("gongkai.analytics.figures.poll-interval must be between 100ms and 1m");
		}
		this.figures = figures;
		this.published = published;
		this.source = source;
		this.changes = changes;
		this.retrySeconds = retrySeconds;
		this.pollInterval = pollInterval;
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
		if (synced.version() > 0) {
			this.loadedVersions.merge(synced.provinceCode(), synced.version(), Math::max);
		}
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
			rebuild(province, "Figures", this.figures::reload);
			rebuild(province, "Published figures", this.published::reload);
		});
	}

	/**
	 * Rebuilds one model's province; a failure leaves that model's previous figures of
	 * the province in place and does not keep the other model from its rebuild.
	 */
	private static void rebuild(String province, String what, Consumer<String> reload) {
		try {
			reload.accept(province);
		}
		catch (RuntimeException ex) {
			log.warn("{} of province {} could not be rebuilt; the previous ones stay: {}", what, province,
					ex.getMessage());
		}
	}

	/**
	 * Loads both models from one reading of {@code analytics_reports}: each report gives
	 * its analysts' figures and its published ones.
	 */
	private void load() {
		try {
			Map<String, Long> versions = this.changes.versions();
			NationalFigures.loadTogether(this.source, this.figures, this.published.figures());
			this.loadedVersions.putAll(versions);
			long millis = this.pollInterval.toMillis();
			this.worker.scheduleWithFixedDelay(this::pollVersions, millis, millis, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			log.error("National figures could not be loaded; retrying in {} s: {}", this.retrySeconds, ex.getMessage());
			this.worker.schedule(this::load, this.retrySeconds, TimeUnit.SECONDS);
		}
	}

	/**
	 * Rebuilds the provinces whose version in the store is not the one loaded here: a
	 * round in another instance changed them.
	 */
	private void pollVersions() {
		try {
			this.changes.versions().forEach((province, version) -> {
				Long loaded = this.loadedVersions.get(province);
				if (loaded == null || loaded < version) {
					this.loadedVersions.merge(province, version, Math::max);
					provinceChanged(province);
				}
			});
		}
		catch (MongoException | IllegalStateException ex) {
			log.debug("Read model versions could not be read; trying again in {}: {}", this.pollInterval,
					ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
