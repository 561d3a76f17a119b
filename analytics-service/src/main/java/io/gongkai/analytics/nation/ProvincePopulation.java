package io.gongkai.analytics.nation;

/**
 * A province's resident population, as tenant-service gives it.
 *
 * @param residents how many people live there
 * @param year the year the figure refers to
 * @param source where the figure comes from
 */
public record ProvincePopulation(long residents, int year, String source) {

}
