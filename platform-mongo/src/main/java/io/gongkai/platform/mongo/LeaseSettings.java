package io.gongkai.platform.mongo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where leases live and how long one lasts without renewal.
 *
 * @param database the database of collection {@code leases}
 * @param duration how long a lease outlives its holder (renewed at half of it while
 * held); at least 30 s
 */
@ConfigurationProperties("gongkai.leases")
public record LeaseSettings(@DefaultValue("gongkai_leases") String database, @DefaultValue("60s") Duration duration) {

	public static final String COLLECTION = "leases";

	public LeaseSettings {
		if (duration.compareTo(Duration.ofSeconds(30)) < 0) {
			throw new IllegalArgumentException("gongkai.leases.duration must be at least 30s");
		}
	}

}
