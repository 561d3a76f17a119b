package io.gongkai.tenant.agency.search;

import io.gongkai.tenant.agency.Agency;

/**
 * An agency a name may designate, how likely, and why.
 *
 * @param agency the agency
 * @param score from 0 to 1: 1 for its exact name, about 0.9 for a variant of its name or
 * alias, 0.8 for an agency lying in the place asked for, about 0.75 for its name without
 * the region or a name starting with what was asked, 0.65 for a name containing it, below
 * 0.6 for a similar name
 * @param matchedBy {@code name}, {@code alias}, {@code name-variant},
 * {@code alias-variant}, {@code region-omitted}, {@code region-variant}, {@code place},
 * {@code prefix}, {@code part} or {@code similar}
 * @param matched the name or alias of the agency that matched
 * @param reason what matched, in words
 */
public record AgencyMatch(Agency agency, double score, String matchedBy, String matched, String reason) {

}
