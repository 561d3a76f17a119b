package io.gongkai.report.registry;

/**
 * An agency of the registry that may be the one a report names, as tenant-service ranks
 * it; whatever else its search answers is ignored.
 *
 * @param id the agency's id in the registry
 * @param name its name in the registry
 * @param score how well it matches, as tenant-service scores it (higher is better), or
 * {@code null} when it gives none
 */
public record AgencyCandidate(String id, String name, Double score) {
}
