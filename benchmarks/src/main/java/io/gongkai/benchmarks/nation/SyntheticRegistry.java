package io.gongkai.benchmarks.nation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, made-up agency registry of one province, shaped like a real one: the
 * province's government and departments, then prefectures and counties, each with its
 * people's government (scope {@code aggregate}) and the usual departments (scope
 * {@code own}) under it. Place names are drawn from common place-name characters; region
 * codes are well-formed GB/T 2260 codes of the province; a few agencies are created late
 * or abolished, as after a reform. The same seed, province and size give the same
 * registry.
 */
public final class SyntheticRegistry {

	static final String PLACE_CHARACTERS = "安平东西南北河山阳城宁江华新永丰德兴清长泰和定武昌嘉龙福顺";

	static final String[] DEPARTMENTS = { "人力资源和社会保障局", "发展和改革局", "住房和城乡建设局", "财政局", "教育局", "公安局", "民政局", "司法局",
			"自然资源局", "生态环境局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局", "统计局",
			"医疗保障局", "退役军人事务局", "林业局", "体育局", "信访局", "人民政府办公室", "科学技术局", "工业和信息化局", "档案局", "地方志办公室" };

	private static final int COUNTIES_PER_PREFECTURE = 40;

	private SyntheticRegistry() {
	}

	/**
	 * One made-up agency.
	 *
	 * @param id registry id, unique in the nation
	 * @param name full name, unique in the province
	 * @param level {@code province}, {@code prefecture} or {@code county}
	 * @param kind {@code government} or {@code department}
	 * @param regionCode six-digit code of its place
	 * @param parentId the government it reports to, if any
	 * @param scope {@code aggregate} for a government, {@code own} for a department
	 * @param createdYear first year it exists, {@code null} when it predates the records
	 * @param abolishedYear year it was abolished, {@code null} while it exists
	 */
	public record Agency(String id, String name, String level, String kind, String regionCode, String parentId,
			String scope, Integer createdYear, Integer abolishedYear) {

	}

	/**
	 * The first {@code size} agencies of the province's made-up registry, parents before
	 * their members.
	 * @param provinceCode six-digit province code, such as {@code 330000}
	 * @param provinceName its name, such as {@code 浙江省}
	 * @param size how many agencies
	 * @param seed the random seed
	 */
	public static List<Agency> of(String provinceCode, String provinceName, int size, long seed) {
		Random random = new Random(seed ^ provinceCode.hashCode());
		String prefix = provinceCode.substring(0, 2);
		List<Agency> agencies = new ArrayList<>(size);
		String provinceGovernment = provinceCode + "-gov";
		addGovernmentAndDepartments(agencies, size, random, provinceCode, provinceName, "province", provinceGovernment,
				null);
		Set<String> prefectureNames = new HashSet<>();
		for (int prefecture = 1; agencies.size() < size && prefecture <= 99; prefecture++) {
			String prefectureCode = prefix + String.format("%02d", prefecture) + "00";
			String prefectureName = unusedPlaceName(random, prefectureNames) + "市";
			Set<String> countyNames = new HashSet<>();
			String prefectureGovernment = prefectureCode + "-gov";
			addGovernmentAndDepartments(agencies, size, random, prefectureCode, prefectureName, "prefecture",
					prefectureGovernment, provinceGovernment);
			for (int county = 1; agencies.size() < size && county <= COUNTIES_PER_PREFECTURE; county++) {
				String countyCode = prefix + String.format("%02d", prefecture) + String.format("%02d", county);
				String countyName = prefectureName + unusedPlaceName(random, countyNames)
						+ ((county % 3 == 0) ? "区" : "县");
				addGovernmentAndDepartments(agencies, size, random, countyCode, countyName, "county",
						countyCode + "-gov", prefectureGovernment);
			}
		}
		return agencies;
	}

	private static void addGovernmentAndDepartments(List<Agency> agencies, int size, Random random, String regionCode,
			String placeName, String level, String governmentId, String parentId) {
		if (agencies.size() < size) {
			agencies.add(new Agency(governmentId, placeName + "人民政府", level, "government", regionCode, parentId,
					"aggregate", null, null));
		}
		for (int i = 0; i < DEPARTMENTS.length && agencies.size() < size; i++) {
			int fate = random.nextInt(100);
			Integer created = (fate < 3) ? 2010 + random.nextInt(9) : null;
			Integer abolished = (fate >= 98) ? 2012 + random.nextInt(8) : null;
			agencies.add(new Agency(regionCode + "-d" + String.format("%02d", i), placeName + DEPARTMENTS[i], level,
					"department", regionCode, governmentId, "own", created, abolished));
		}
	}

	private static String unusedPlaceName(Random random, Set<String> used) {
		String name;
		do {
			name = "" + PLACE_CHARACTERS.charAt(random.nextInt(PLACE_CHARACTERS.length()))
					+ PLACE_CHARACTERS.charAt(random.nextInt(PLACE_CHARACTERS.length()));
		}
		while (!used.add(name));
		return name;
	}

}
