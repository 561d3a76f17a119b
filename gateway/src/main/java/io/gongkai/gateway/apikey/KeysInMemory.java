package io.gongkai.gateway.apikey;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The keys in this instance's memory: without a store, they last until it stops. */
class KeysInMemory implements ApiKeyStore {

	private final Map<String, ApiKey> keys = new ConcurrentHashMap<>();

	@Override
	public void save(ApiKey key) {
		this.keys.put(key.id(), key);
	}

	@Override
	public Optional<ApiKey> findByHash(String hash) {
		return this.keys.values().stream().filter((key) -> key.hash().equals(hash)).findFirst();
	}

	@Override
	public Optional<ApiKey> findById(String id) {
		return Optional.ofNullable(this.keys.get(id));
	}

	@Override
	public List<ApiKey> all() {
		return this.keys.values().stream().sorted(Comparator.comparing(ApiKey::createdAt).reversed()).toList();
	}

	@Override
	public Optional<ApiKey> revoke(String id, Instant at) {
		return Optional.ofNullable(this.keys.computeIfPresent(id, (k, key) -> key.revoked() ? key : key.revokedAt(at)));
	}

	@Override
	public void addUses(String id, long uses, Instant lastUsedAt) {
		this.keys.computeIfPresent(id, (k, key) -> key.used(uses, lastUsedAt));
	}

	@Override
	public List<Instant> requestedFrom(String address, Instant since) {
		return this.keys.values()
			.stream()
			.filter((key) -> address.equals(key.requestedFrom()) && key.createdAt().isAfter(since))
			.map(ApiKey::createdAt)
			.sorted()
			.toList();
	}

}
