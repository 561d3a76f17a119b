package io.gongkai.gateway.store;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the gateway keeps what its instances share: the rate limits' buckets and the
 * public API keys. With no {@code uri} each gateway keeps them in its own memory.
 *
 * @param uri the MongoDB connection string ({@code GONGKAI_MONGODB_URI}, the platform's
 * store), empty for none
 * @param database the gateway's own database in that store
 * @param timeout longest wait for the store on a request's way (connection, server
 * selection, each read or write) before the gateway goes on without it
 * @param retryAfter how long the gateway leaves the store alone after it failed, using
 * its own memory meanwhile
 */
@Validated
@ConfigurationProperties("gongkai.gateway.store")
public record GatewayStoreProperties(String uri, @NotBlank String database, @NotNull Duration timeout,
		@NotNull Duration retryAfter) {

	/** Whether a store is configured. */
	public boolean configured() {
		return this.uri != null && !this.uri.isBlank();
	}

	@Override
	public String toString() {
		return "GatewayStoreProperties[uri=" + (configured() ? "<hidden>" : "none") + ", database=" + this.database
				+ "]";
	}

}
