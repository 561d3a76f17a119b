package io.gongkai.analytics.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.MongoException;
import io.gongkai.analytics.sync.RegistryPage.TenantProvince;
import io.gongkai.platform.mongo.Leases;
import io.gongkai.platform.mongo.Leases.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A national round: one {@link ProvinceSync} round for every province the platform
 * serves, a few provinces at a time ({@code gongkai.analytics.sync.threads}) so that one
 * slow province does not hold up the others. The provinces (and their populations, kept
 * in the read model) come from tenant-service; while it cannot answer, the provinces last
 * listed and those that already have a cursor are synchronised. One round at a time
 * across every instance of the service, under the lease {@value #LEASE}: asking for
 * another while one runs here gives the running one; while another instance runs one,
 * none starts here.
 */
@Component
class NationalSync implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NationalSync.class);

	static final String LEASE = "analytics-sync-round";

	private final ProvinceSync provinceSync;

	private final RegistryClient registry;

	private final SyncCursors cursors;

	private final ProvincePopulations populations;

	private final ReadModelChanges changes;

	private final Leases leases;

	private final ExecutorService provinces;

	private final ExecutorService background;

	private final AtomicReference<RunningRound> running = new AtomicReference<>();

	private final Clock clock = Clock.systemUTC();

	private volatile List<String> lastListed = List.of();

	private volatile NationalRound lastRound;

	NationalSync(ProvinceSync provinceSync, RegistryClient registry, SyncCursors cursors,
			ProvincePopulations populations, ReadModelChanges changes, Leases leases, SyncSettings settings) {
		this.provinceSync = provinceSync;
		this.registry = registry;
		this.cursors = cursors;
		this.populations = populations;
		this.changes = changes;
		this.leases = leases;
		this.provinces = Executors.newFixedThreadPool(settings.threads(), threads("gongkai-sync-province-"));
		this.background = Executors.newSingleThreadExecutor(threads("gongkai-sync-round-"));
	}

	/**
	 * Runs a round on the calling thread and returns what it did; empty, at once, when a
	 * round is already running here or in another instance.
	 */
	Optional<NationalRound> runRound(String trigger) {
		RunningRound round = new RunningRound(this.clock.instant(), trigger);
		if (!this.running.compareAndSet(null, round)) {
			return Optional.empty();
		}
		try {
			Optional<Lease> lease = this.leases.acquire(LEASE);
			if (lease.isEmpty()) {
				return Optional.empty();
			}
			try (Lease held = lease.get()) {
				return Optional.of(execute(round));
			}
		}
		finally {
			this.running.compareAndSet(round, null);
		}
	}

	/**
	 * Starts a round in the background unless one is running here or in another instance.
	 * @return the round now running here, and whether this call started it
	 */
	StartedRound start(String trigger) {
		while (true) {
			RunningRound round = new RunningRound(this.clock.instant(), trigger);
			if (this.running.compareAndSet(null, round)) {
				Optional<Lease> lease = this.leases.acquire(LEASE);
				if (lease.isEmpty()) {
					this.running.compareAndSet(round, null);
					return new StartedRound(false, null, true);
				}
				this.background.execute(() -> {
					try (Lease held = lease.get()) {
						execute(round);
					}
					catch (RuntimeException exception) {
						log.error("Synchronisation round failed", exception);
					}
					finally {
						this.running.compareAndSet(round, null);
					}
				});
				return new StartedRound(true, round.status(), false);
			}
			RunningRound current = this.running.get();
			if (current != null) {
				return new StartedRound(false, current.status(), false);
			}
		}
	}

	Optional<RoundStatus> running() {
		return Optional.ofNullable(this.running.get()).map(RunningRound::status);
	}

	Optional<NationalRound> lastRound() {
		return Optional.ofNullable(this.lastRound);
	}

	private NationalRound execute(RunningRound round) {
		List<String> codes = provinceCodes();
		round.provinces = codes;
		List<Future<ProvinceRound>> futures = new ArrayList<>();
		for (String code : codes) {
			futures.add(this.provinces.submit(() -> {
				try {
					return this.provinceSync.sync(code);
				}
				finally {
					round.done.incrementAndGet();
				}
			}));
		}
		List<ProvinceRound> results = new ArrayList<>();
		for (int i = 0; i < futures.size(); i++) {
			try {
				results.add(futures.get(i).get());
			}
			catch (ExecutionException exception) {
				log.error("Province {}: round failed", codes.get(i), exception.getCause());
				results.add(new ProvinceRound(codes.get(i), 0, 0, 0, 0, "unexpected failure (see the service log)",
						Duration.ZERO));
			}
			catch (InterruptedException exception) {
				futures.forEach((future) -> future.cancel(true));
				Thread.currentThread().interrupt();
				break;
			}
		}
		NationalRound done = new NationalRound(round.startedAt, round.trigger,
				Duration.between(round.startedAt, this.clock.instant()), results);
		this.lastRound = done;
		log.info(
				"Sync round ({}): {} provinces, {} completed, {} failing; {} reports applied, {} agencies changed; "
						+ "{} ms",
				done.trigger(), results.size(), done.completed(), done.failing(), done.reportsApplied(),
				done.agenciesChanged(), done.took().toMillis());
		return done;
	}

	private List<String> provinceCodes() {
		try {
			List<TenantProvince> provinces = this.registry.tenantProvinces();
			List<String> listed = provinces.stream().map(TenantProvince::code).toList();
			this.lastListed = listed;
			keepPopulations(provinces);
			return listed;
		}
		catch (SyncFailedException exception) {
			TreeSet<String> known = new TreeSet<>(this.lastListed);
			try {
				known.addAll(this.cursors.provinceCodes());
			}
			catch (MongoException storeDown) {
				log.warn("Could not read the sync cursors either ({})", storeDown.getMessage());
			}
			log.warn("{}; synchronising the {} provinces already known", exception.getMessage(), known.size());
			return List.copyOf(known);
		}
	}

	/**
	 * Keeps the populations tenant-service listed; a province whose population changed is
	 * announced as synchronised, so that its figures are rebuilt with the new one. A
	 * store failure here is logged and does not stop the round.
	 */
	private void keepPopulations(List<TenantProvince> provinces) {
		try {
			Instant at = this.clock.instant();
			for (String changed : this.populations.replace(provinces)) {
				this.changes.changed(changed, at);
			}
		}
		catch (MongoException exception) {
			log.warn("Could not keep the provinces' populations ({})", exception.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
		this.provinces.shutdownNow();
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * A round in progress.
	 */
	private static final class RunningRound {

		private final Instant startedAt;

		private final String trigger;

		private final AtomicInteger done = new AtomicInteger();

		private volatile List<String> provinces = List.of();

		private RunningRound(Instant startedAt, String trigger) {
			this.startedAt = startedAt;
			this.trigger = trigger;
		}

		RoundStatus status() {
			return new RoundStatus(this.startedAt, this.trigger, this.provinces, this.done.get());
		}

	}

	/**
	 * A round in progress, as admins see it.
	 *
	 * @param startedAt when it started
	 * @param trigger {@code schedule} or {@code admin}
	 * @param provinces the provinces it synchronises (empty while they are being listed)
	 * @param provincesDone how many of them are done
	 */
	record RoundStatus(Instant startedAt, String trigger, List<String> provinces, int provincesDone) {

	}

	/**
	 * The answer to a request for a round.
	 *
	 * @param startedNow whether the request started it ({@code false}: one was running)
	 * @param running the round running now in this instance, or {@code null} when another
	 * instance runs it
	 * @param runningElsewhere whether another instance of the service runs a round now
	 */
	record StartedRound(boolean startedNow, RoundStatus running, boolean runningElsewhere) {

	}

}
