package io.gongkai.platform.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import net.javacrumbs.shedlock.support.LockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Work that must run once across every instance of a service (a synchronisation round,
 * sending reminders, recovering interrupted batches) runs under a lease of that name in
 * MongoDB (ShedLock's MongoDB provider; collection {@code leases} of
 * {@code gongkai.leases.database}). A lease lasts {@code gongkai.leases.duration} and is
 * renewed while its holder works, so that it expires that long after the holder died; the
 * other instances then take the work over. An instance that cannot reach the store holds
 * no lease and skips the work.
 */
public class Leases implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Leases.class);

	private final LockProvider provider;

	private final LeaseSettings settings;

	private final ScheduledExecutorService renewals;

	public Leases(MongoClient client, LeaseSettings settings) {
		this.settings = settings;
		this.renewals = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "lease-renewal");
			thread.setDaemon(true);
			return thread;
		});
		this.provider = new KeepAliveLockProvider(
				new MongoLockProvider(client.getDatabase(settings.database()).getCollection(LeaseSettings.COLLECTION)),
				this.renewals);
	}

	/**
	 * Takes the lease of that name unless another instance (or another thread here) holds
	 * it; it is renewed until {@link Lease#close() closed}.
	 * @param name what the lease guards, the same in every instance
	 * @return the lease, or empty when it is held elsewhere or the store does not answer
	 */
	public Optional<Lease> acquire(String name) {
		try {
			return this.provider
				.lock(new LockConfiguration(Instant.now(), name, this.settings.duration(), Duration.ZERO))
				.map((lock) -> new Lease(name, lock));
		}
		catch (MongoException | LockException ex) {
			log.warn("Lease {} could not be taken, the store did not answer: {}", name, ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Runs the work here if this instance gets the lease of that name.
	 * @return whether it ran here
	 */
	public boolean runOnce(String name, Runnable work) {
		Optional<Lease> lease = acquire(name);
		if (lease.isEmpty()) {
			return false;
		}
		try (Lease held = lease.get()) {
			work.run();
			return true;
		}
	}

	@Override
	public void destroy() {
		this.renewals.shutdownNow();
	}

	/**
	 * A lease held by this instance, renewed until closed.
	 */
	public static final class Lease implements AutoCloseable {

		private final String name;

		private final SimpleLock lock;

		private Lease(String name, SimpleLock lock) {
			this.name = name;
			this.lock = lock;
		}

		/**
		 * Gives the lease up; another instance may take it at once. When the store does
		 * not answer, it expires on its own.
		 */
		@Override
		public void close() {
			try {
				this.lock.unlock();
			}
			catch (RuntimeException ex) {
				log.warn("Lease {} could not be given up; it expires on its own: {}", this.name, ex.getMessage());
			}
		}

	}

}
