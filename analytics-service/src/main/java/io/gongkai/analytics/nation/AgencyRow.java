package io.gongkai.analytics.nation;

/**
 * One agency of a province's registry, as the read model keeps it.
 *
 * @param id registry id
 * @param province six-digit province code
 * @param name full name
 * @param level {@link Codes#level(String)}
 * @param kind {@link Codes#kind(String)}
 * @param scope {@link Codes#scope(String)}
 * @param createdYear first year it exists, {@code null} when it predates the records
 * @param abolishedYear year it was abolished (it still reports on that year), or
 * {@code null}
 */
record AgencyRow(String id, String province, String name, byte level, byte kind, byte scope, Integer createdYear,
		Integer abolishedYear) {

}
