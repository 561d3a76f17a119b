package io.gongkai.report.importing.batch;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.MongoException;
import io.gongkai.report.importing.ImportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The batches this instance runs: each batch records the instance running it
 * ({@code runner}) and a lease ({@code leaseUntil}) that this instance renews while the
 * batch is queued or running here. When the instance is killed the renewals stop, the
 * lease expires, and {@link InterruptedBatches} in any instance marks the batch
 * interrupted; a batch whose instance is alive is never touched.
 */
@Component
class BatchLeases {

	private static final Logger log = LoggerFactory.getLogger(BatchLeases.class);

	private final BatchStore store;

	private final Clock clock;

	private final Duration lease;

	private final String runner;

	/** Batch id → province, for the batches queued or running here. */
	private final Map<String, String> running = new ConcurrentHashMap<>();

	@Autowired
	BatchLeases(BatchStore store, Clock clock, ImportSettings settings) {
		this(store, clock, settings.batch().lease(),
				ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8));
	}

	BatchLeases(BatchStore store, Clock clock, Duration lease, String runner) {
		this.store = store;
		this.clock = clock;
		this.lease = lease;
		this.runner = runner;
	}

	/** The name of this instance on the batches it runs. */
	String runner() {
		return this.runner;
	}

	/** Until when a batch taken or renewed now is leased. */
	Instant leaseUntil() {
		return this.clock.instant().plus(this.lease);
	}

	Duration lease() {
		return this.lease;
	}

	void taken(String province, String id) {
		this.running.put(id, province);
	}

	void released(String id) {
		this.running.remove(id);
	}

	/**
	 * Renews the lease of every batch queued or running here.
	 */
	void renew() {
		Map<String, List<String>> byProvince = new HashMap<>();
		this.running.forEach((id, province) -> byProvince.computeIfAbsent(province, (p) -> new ArrayList<>()).add(id));
		Instant until = leaseUntil();
		byProvince.forEach((province, ids) -> {
			try {
				this.store.renew(province, ids, this.runner, until);
			}
			catch (MongoException ex) {
				log.warn("The lease of {} import batches of province {} could not be renewed: {}", ids.size(), province,
						ex.getMessage());
			}
		});
	}

}
