package io.gongkai.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.MongoException;

/**
 * Issues, checks, counts and revokes the public API keys. A key is 32 random bytes
 * (Base64url, prefixed {@code gk_}), shown once to whoever asked for it; only its SHA-256
 * is kept. A check is remembered for {@code check-cache} (so a revocation reaches every
 * instance within that time, and this one at once); uses are counted in memory and added
 * to the store every few seconds.
 */
class ApiKeys {

	static final String PREFIX = "gk_";

	private static final Duration DAY = Duration.ofDays(1);

	private final ApiKeyStore store;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Cache<String, Check> checks;

	private final Map<String, Pending> pendingUses = new ConcurrentHashMap<>();

	private final int perAddressPerDay;

	ApiKeys(ApiKeyStore store, Clock clock, Duration checkCache, int perAddressPerDay) {
		this.store = store;
		this.clock = clock;
		this.perAddressPerDay = perAddressPerDay;
		this.checks = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(checkCache).build();
	}

	/**
	 * A new key for the requester: the key itself is in the answer only. Empty when the
	 * address has asked for as many keys as it may in a day.
	 * @param address the network address the request came from
	 */
	Optional<IssuedKey> issue(String name, String contact, String purpose, String address) {
		Instant now = this.clock.instant();
		String from = hash(address);
		if (!untilAllowed(from, now).isZero()) {
			return Optional.empty();
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiKey stored = new ApiKey(UUID.randomUUID().toString(), hash(key), name, contact, purpose, now, null, 0, null,
				from);
		this.store.save(stored);
		return Optional.of(new IssuedKey(stored, key));
	}

	/** How many keys one address may ask for in a day. */
	int perAddressPerDay() {
		return this.perAddressPerDay;
	}

	/**
	 * How long the address must wait before it may ask for another key: zero while it
	 * asked for fewer than the limit in the last 24 hours, else until the oldest of those
	 * is a day old.
	 */
	Duration untilAllowed(String address) {
		return untilAllowed(hash(address), this.clock.instant());
	}

	private Duration untilAllowed(String from, Instant now) {
		List<Instant> recent = this.store.requestedFrom(from, now.minus(DAY));
		if (recent.size() < this.perAddressPerDay) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(now, recent.get(recent.size() - this.perAddressPerDay).plus(DAY));
		return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
	}

	/**
	 * What the presented key is; {@link Check#unchecked()} when the store cannot say now.
	 */
	Check check(String presented) {
		String hash = hash(presented);
		Check known = this.checks.getIfPresent(hash);
		if (known != null) {
			return known;
		}
		Check check;
		try {
			check = this.store.findByHash(hash)
				.map((key) -> key.revoked() ? Check.revoked(key.id()) : Check.valid(key.id()))
				.orElse(Check.UNKNOWN);
		}
		catch (MongoException ex) {
			return Check.UNCHECKED;
		}
		this.checks.put(hash, check);
		return check;
	}

	/** Counts one request made with the key. */
	void countUse(String id) {
		Instant now = this.clock.instant();
		this.pendingUses.compute(id, (k, pending) -> (pending == null) ? new Pending(1, now) : pending.plus(now));
	}

	/** Adds the uses counted so far to the store. */
	void flushUses() {
		for (String id : List.copyOf(this.pendingUses.keySet())) {
			Pending pending = this.pendingUses.remove(id);
			if (pending == null) {
				continue;
			}
			try {
				this.store.addUses(id, pending.uses(), pending.lastUsedAt());
			}
			catch (MongoException ex) {
				this.pendingUses.merge(id, pending, Pending::plus);
				return;
			}
		}
	}

	/** Every key with its uses, newest first. */
	List<ApiKey> all() {
		flushUses();
		return this.store.all();
	}

	/**
	 * Revokes the key: it is refused at once by this instance, by others within the cache
	 * time.
	 */
	Optional<ApiKey> revoke(String id) {
		Optional<ApiKey> revoked = this.store.revoke(id, this.clock.instant());
		revoked.ifPresent((key) -> this.checks.invalidate(key.hash()));
		return revoked;
	}

	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	/** A key just issued, with the key itself, which it never prints. */
	record IssuedKey(ApiKey stored, String key) {

		@Override
		public String toString() {
			return "IssuedKey[stored=" + this.stored + ", key=<hidden>]";
		}

	}

	/** What a presented key turned out to be. */
	record Check(Outcome outcome, String id) {

		static final Check UNKNOWN = new Check(Outcome.UNKNOWN, "");

		static final Check UNCHECKED = new Check(Outcome.UNCHECKED, "");

		static Check valid(String id) {
			return new Check(Outcome.VALID, id);
		}

		static Check revoked(String id) {
			return new Check(Outcome.REVOKED, id);
		}

		static Check unchecked() {
			return UNCHECKED;
		}

	}

	enum Outcome {

		VALID, UNKNOWN, REVOKED, UNCHECKED

	}

	private record Pending(long uses, Instant lastUsedAt) {

		Pending plus(Instant at) {
			return new Pending(this.uses + 1, at.isAfter(this.lastUsedAt) ? at : this.lastUsedAt);
		}

		Pending plus(Pending other) {
			return new Pending(this.uses + other.uses,
					other.lastUsedAt.isAfter(this.lastUsedAt) ? other.lastUsedAt : this.lastUsedAt);
		}

	}

}
