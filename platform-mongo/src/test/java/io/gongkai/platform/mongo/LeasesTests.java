package io.gongkai.platform.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.gongkai.platform.mongo.test.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Two instances of a service, each with its own client, contending for the same lease on
 * one store.
 */
class LeasesTests {

	private final LeaseSettings settings = new LeaseSettings("gongkai_leases", Duration.ofSeconds(60));

	private EmbeddedMongo store;

	private MongoClient firstClient;

	private MongoClient secondClient;

	private Leases first;

	private Leases second;

	@BeforeEach
	void start() {
		this.store = EmbeddedMongo.inMemory();
		this.firstClient = MongoClients.create(this.store.uri() + "/?serverSelectionTimeoutMS=2000");
		this.secondClient = MongoClients.create(this.store.uri() + "/?serverSelectionTimeoutMS=2000");
		this.first = new Leases(this.firstClient, this.settings);
		this.second = new Leases(this.secondClient, this.settings);
	}

	@AfterEach
	void stop() {
		this.first.destroy();
		this.second.destroy();
		this.firstClient.close();
		this.secondClient.close();
		this.store.close();
	}

	@Test
	void whileOneInstanceHoldsTheLeaseTheOtherCannotTakeIt() {
		Optional<Leases.Lease> held = this.first.acquire("sync-round");
		assertThat(held).isPresent();
		assertThat(this.second.acquire("sync-round")).isEmpty();
		assertThat(this.first.acquire("sync-round")).as("not even a second time by its holder").isEmpty();
		assertThat(this.second.acquire("reminders")).as("another lease is free").isPresent();
		held.get().close();
		assertThat(this.second.acquire("sync-round")).isPresent();
	}

	@Test
	void twoInstancesRacingForTheLeaseNeverBothHoldIt() throws Exception {
		AtomicInteger holders = new AtomicInteger();
		AtomicInteger mostHoldersAtOnce = new AtomicInteger();
		AtomicInteger ranFirst = new AtomicInteger();
		AtomicInteger ranSecond = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> contenders = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			Leases leases = (thread % 2 == 0) ? this.first : this.second;
			AtomicInteger ran = (thread % 2 == 0) ? ranFirst : ranSecond;
			contenders.add(threads.submit(() -> {
				go.await();
				for (int attempt = 0; attempt < 40; attempt++) {
					leases.runOnce("sync-round", () -> {
						mostHoldersAtOnce.accumulateAndGet(holders.incrementAndGet(), Math::max);
						ran.incrementAndGet();
						sleep(2);
						holders.decrementAndGet();
					});
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> contender : contenders) {
			contender.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();
		assertThat(mostHoldersAtOnce).hasValue(1);
		assertThat(ranFirst.get()).isPositive();
		assertThat(ranSecond.get()).isPositive();
	}

	@Test
	void aLeaseWhoseHolderDiedIsTakenOverOnceItExpired() {
		assertThat(this.first.acquire("batch-recovery")).isPresent();
		this.first.destroy();
		assertThat(this.second.acquire("batch-recovery")).as("not before it expired").isEmpty();
		this.secondClient.getDatabase("gongkai_leases")
			.getCollection("leases")
			.updateOne(Filters.eq("_id", "batch-recovery"),
					Updates.set("lockUntil", Date.from(Instant.now().minusSeconds(1))));
		assertThat(this.second.acquire("batch-recovery")).isPresent();
	}

	@Test
	void anInstanceThatCannotReachTheStoreHoldsNoLease() {
		assumeFalse(this.store.isRealServer(), "a real MongoDB is not stopped by the tests");
		this.store.close();
		assertThat(this.first.acquire("reminders")).isEmpty();
		assertThat(this.first.runOnce("reminders", () -> {
			throw new AssertionError("ran without a lease");
		})).isFalse();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
