package io.gongkai.tenant.agency.importing;

import java.util.Map;
import java.util.Optional;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyKind;
import io.gongkai.tenant.agency.AgencyLevel;

/**
 * The words a file may use for levels, kinds and scopes: Chinese (as export writes them)
 * or the API's English.
 */
final class Vocabulary {

	private static final Map<String, AgencyLevel> LEVELS = Map.ofEntries(Map.entry("省级", AgencyLevel.province),
			Map.entry("省", AgencyLevel.province), Map.entry("地级", AgencyLevel.prefecture),
			Map.entry("市级", AgencyLevel.prefecture), Map.entry("地市级", AgencyLevel.prefecture),
			Map.entry("县级", AgencyLevel.county), Map.entry("区县级", AgencyLevel.county),
			Map.entry("乡级", AgencyLevel.township), Map.entry("乡镇级", AgencyLevel.township),
			Map.entry("乡镇", AgencyLevel.township));

	private static final Map<String, AgencyKind> KINDS = Map.of("政府", AgencyKind.government, "人民政府",
			AgencyKind.government, "部门", AgencyKind.department);

	private static final Map<String, String> SCOPES = Map.of("本级", Agency.OWN, "本机关", Agency.OWN, "汇总",
			Agency.AGGREGATE);

	private Vocabulary() {
	}

	static Optional<AgencyLevel> level(String value) {
		return Optional.ofNullable(LEVELS.get(value)).or(() -> english(AgencyLevel.class, value));
	}

	static Optional<AgencyKind> kind(String value) {
		return Optional.ofNullable(KINDS.get(value)).or(() -> english(AgencyKind.class, value));
	}

	static Optional<String> scope(String value) {
		if (Agency.OWN.equalsIgnoreCase(value) || Agency.AGGREGATE.equalsIgnoreCase(value)) {
			return Optional.of(value.toLowerCase());
		}
		return Optional.ofNullable(SCOPES.get(value));
	}

	static String chinese(AgencyLevel level) {
		return switch (level) {
			case province -> "省级";
			case prefecture -> "地级";
			case county -> "县级";
			case township -> "乡级";
		};
	}

	static String chinese(AgencyKind kind) {
		return (kind == AgencyKind.government) ? "政府" : "部门";
	}

	static String chineseScope(String scope) {
		return Agency.AGGREGATE.equals(scope) ? "汇总" : "本级";
	}

	private static <E extends Enum<E>> Optional<E> english(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

}
