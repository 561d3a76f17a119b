package io.gongkai.tenant.agency;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.tenant.province.ProvinceCatalogue;

/**
 * The registry's rules for one agency, shared by the JSON API and the file import: the
 * region code must be a GB/T 2260 code of the province fitting the level, the years must
 * be coherent, and the parent chain must never come back to the agency.
 */
public final class AgencyRules {

	/** The convention for 新疆生产建设兵团, which has no GB/T 2260 code of its own. */
	private static final String BINGTUAN = "660000";

	private static final Pattern REGION_CODE = Pattern.compile("\\d{6}|\\d{12}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,63}");

	/** Path segments of the registry's own endpoints, which an id would hide. */
	private static final Set<String> RESERVED_IDS = Set.of("search", "expected", "export", "import");

	/** The first year the registry records. */
	public static final int FIRST_YEAR = 1949;

	private AgencyRules() {
	}

	public static Optional<Violation> id(String id) {
		if (!ID.matcher(id).matches()) {
			return Optional.of(new Violation("id", TenantProblem.INVALID_ID, id));
		}
		if (RESERVED_IDS.contains(id.toLowerCase())) {
			return Optional.of(new Violation("id", TenantProblem.RESERVED_ID, id));
		}
		return Optional.empty();
	}

	/**
	 * Whether a region code is a GB/T 2260 code of the province fitting the level.
	 */
	public static Optional<Violation> region(String provinceCode, AgencyLevel level, String code) {
		if (code == null || !REGION_CODE.matcher(code).matches()) {
			return Optional.of(new Violation("regionCode", TenantProblem.INVALID_REGION_CODE, code));
		}
		if (!BINGTUAN.equals(provinceCode) && !code.startsWith(provinceCode.substring(0, 2))) {
			return Optional.of(new Violation("regionCode", TenantProblem.REGION_OUTSIDE_PROVINCE, code,
					ProvinceCatalogue.named(provinceCode)));
		}
		if ("00".equals(code.substring(2, 4)) && !"00".equals(code.substring(4, 6))) {
			return Optional.of(new Violation("regionCode", TenantProblem.UNKNOWN_REGION_CODE, code));
		}
		if (level == null) {
			return Optional.empty();
		}
		boolean twelve = code.length() == 12;
		if (level == AgencyLevel.township && !twelve) {
			return Optional.of(new Violation("regionCode", TenantProblem.TOWNSHIP_NEEDS_ITS_CODE, code));
		}
		if (level != AgencyLevel.township && twelve) {
			return Optional.of(new Violation("regionCode", TenantProblem.LEVEL_NEEDS_SIX_DIGITS,
					ProblemMessages.label("label.level." + level), code));
		}
		boolean provinceShaped = code.endsWith("0000");
		if (level == AgencyLevel.province && !provinceShaped && !BINGTUAN.equals(provinceCode)) {
			return Optional
				.of(new Violation("regionCode", TenantProblem.PROVINCE_LEVEL_NEEDS_PROVINCE_CODE, provinceCode, code));
		}
		if ((level == AgencyLevel.prefecture || level == AgencyLevel.county) && provinceShaped) {
			return Optional.of(new Violation("regionCode", TenantProblem.LEVEL_NEEDS_LOCAL_CODE,
					ProblemMessages.label("label.level." + level), code));
		}
		return Optional.empty();
	}

	/**
	 * Whether the years and the successor make sense together.
	 */
	public static List<Violation> lifetime(String id, Integer createdYear, Integer abolishedYear, String mergedInto) {
		List<Violation> violations = new ArrayList<>();
		int last = Year.now().getValue() + 1;
		if (createdYear != null && (createdYear < FIRST_YEAR || createdYear > last)) {
			violations.add(new Violation("createdYear", TenantProblem.INVALID_CREATED_YEAR, FIRST_YEAR, last));
		}
		if (abolishedYear != null && (abolishedYear < FIRST_YEAR || abolishedYear > last)) {
			violations.add(new Violation("abolishedYear", TenantProblem.INVALID_ABOLISHED_YEAR, FIRST_YEAR, last));
		}
		if (createdYear != null && abolishedYear != null && abolishedYear < createdYear) {
			violations.add(
					new Violation("abolishedYear", TenantProblem.ABOLISHED_BEFORE_CREATED, abolishedYear, createdYear));
		}
		if (mergedInto != null && abolishedYear == null) {
			violations.add(new Violation("mergedInto", TenantProblem.MERGED_BUT_ACTIVE));
		}
		if (mergedInto != null && mergedInto.equals(id)) {
			violations.add(new Violation("mergedInto", TenantProblem.MERGED_INTO_ITSELF));
		}
		return violations;
	}

	/**
	 * The cycle that giving {@code id} the parent {@code parentId} would close, following
	 * the parents that {@code parentOf} knows.
	 * @return the agencies of the cycle, starting and ending with {@code id}; empty if
	 * none
	 */
	public static Optional<List<String>> cycle(String id, String parentId, Function<String, String> parentOf) {
		if (parentId == null || id == null) {
			return Optional.empty();
		}
		List<String> path = new ArrayList<>(List.of(id));
		Set<String> seen = new LinkedHashSet<>(path);
		String current = parentId;
		while (current != null) {
			path.add(current);
			if (current.equals(id)) {
				return Optional.of(path);
			}
			if (!seen.add(current)) {
				return Optional.empty();
			}
			current = parentOf.apply(current);
		}
		return Optional.empty();
	}

}
