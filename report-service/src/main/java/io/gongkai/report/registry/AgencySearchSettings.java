package io.gongkai.report.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the text import asks of the agency registry
 * ({@code gongkai.imports.agency-search}); where tenant-service is and how it is called:
 * {@code gongkai.neighbours.tenant-service}.
 *
 * @param maxCandidates how many ranked candidates a preview shows
 */
@ConfigurationProperties("gongkai.imports.agency-search")
public record AgencySearchSettings(@DefaultValue("5") int maxCandidates) {
}
