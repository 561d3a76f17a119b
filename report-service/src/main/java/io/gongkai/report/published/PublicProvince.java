package io.gongkai.report.published;

import java.util.Map;

/**
 * A province and its published reports.
 *
 * @param code its code
 * @param name its name
 * @param reports how many reports it published
 * @param years year to reports published, newest year first
 */
record PublicProvince(String code, String name, int reports, Map<Integer, Integer> years) {

}
