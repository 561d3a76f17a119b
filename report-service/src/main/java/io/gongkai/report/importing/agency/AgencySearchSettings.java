package io.gongkai.report.importing.agency;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how quickly the agency registry is asked
 * ({@code gongkai.imports.agency-search}).
 *
 * @param uri tenant-service's base URI
 * @param connectTimeout time-out to connect
 * @param readTimeout time-out to read the answer; with the retry this bounds how long a
 * preview waits for a slow tenant-service
 * @param maxCandidates how many ranked candidates a preview shows
 */
@ConfigurationProperties("gongkai.imports.agency-search")
public record AgencySearchSettings(@DefaultValue("http://127.0.0.1:8081") URI uri,
		@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("1s") Duration readTimeout,
		@DefaultValue("5") int maxCandidates) {
}
