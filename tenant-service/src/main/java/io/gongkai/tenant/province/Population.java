package io.gongkai.tenant.province;

/**
 * How many people live in a province, and where the figure comes from.
 *
 * @param residents the resident population (常住人口)
 * @param year the year the figure refers to
 * @param source the publication it is taken from, such as 第七次全国人口普查公报（第三号）
 */
public record Population(long residents, int year, String source) {

}
