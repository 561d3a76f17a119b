package io.gongkai.gateway.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the API keys are kept: the gateway's store, shared by every instance, or an
 * instance's own memory when no store is configured (keys then last until it stops).
 */
interface ApiKeyStore {

	void save(ApiKey key);

	Optional<ApiKey> findByHash(String hash);

	Optional<ApiKey> findById(String id);

	/** Every key, newest first. */
	List<ApiKey> all();

	/** Revokes the key (once: a second revocation keeps the first time). */
	Optional<ApiKey> revoke(String id, Instant at);

	void addUses(String id, long uses, Instant lastUsedAt);

	/**
	 * When each key asked for from the address (its SHA-256) after the given time was
	 * issued, oldest first.
	 */
	List<Instant> requestedFrom(String address, Instant since);

}
