package io.gongkai.gateway.apikey;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A public API key as the gateway keeps it: never the key itself, only its SHA-256, with
 * who asked for it, what for, and how much it has been used.
 *
 * @param id the key's public id (the platform admin revokes by it)
 * @param hash the key's SHA-256, hex
 * @param name the person's name
 * @param contact an e-mail address or an organisation
 * @param purpose what the key is for, in the requester's words
 * @param createdAt when it was issued
 * @param revokedAt when the platform admin revoked it, or null
 * @param uses requests made with it
 * @param lastUsedAt when it was last used, or null
 * @param requestedFrom the SHA-256 of the network address it was asked for from (to limit
 * how many keys one address may ask for), or null for a key of before that limit; never
 * shown
 */
record ApiKey(String id, String hash, String name, String contact, String purpose, Instant createdAt,
		@Nullable Instant revokedAt, long uses, @Nullable Instant lastUsedAt, @Nullable String requestedFrom) {

	boolean revoked() {
		return this.revokedAt != null;
	}

	ApiKey revokedAt(Instant at) {
		return new ApiKey(this.id, this.hash, this.name, this.contact, this.purpose, this.createdAt, at, this.uses,
				this.lastUsedAt, this.requestedFrom);
	}

	ApiKey used(long more, Instant at) {
		Instant last = (this.lastUsedAt == null || at.isAfter(this.lastUsedAt)) ? at : this.lastUsedAt;
		return new ApiKey(this.id, this.hash, this.name, this.contact, this.purpose, this.createdAt, this.revokedAt,
				this.uses + more, last, this.requestedFrom);
	}

}
