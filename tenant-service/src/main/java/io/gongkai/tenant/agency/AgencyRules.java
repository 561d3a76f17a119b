package io.gongkai.tenant.agency;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
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

	/**
	 * An agency id: the six-digit region code of its province it lies in, a hyphen, then
	 * letters, digits or hyphens (620421-rsj). Ids of different provinces never collide.
	 */
	private static final Pattern ID = Pattern.compile("(\\d{6})-[A-Za-z0-9][A-Za-z0-9-]{0,56}");

	/** The first year the registry records. */
	public static final int FIRST_YEAR = 1949;

	private AgencyRules() {
	}

	/**
	 * Whether an id is one an agency of this province can have: it begins with a
	 * six-digit region code of the province. Whether an agency elsewhere has it is never
	 * looked at, so the answer tells nothing of another province's registry.
	 */
	public static Optional<Violation> id(String provinceCode, String id) {
		Matcher matcher = ID.matcher(id);
		String prefix = provinceCode.substring(0, 2);
		if (!matcher.matches() || !matcher.group(1).startsWith(prefix)) {
			return Optional.of(new Violation("id", TenantProblem.INVALID_ID, id, ProvinceCatalogue.named(provinceCode),
					prefix, provinceCode + "-rsj"));
		}
		return Optional.empty();
	}

	/**
	 * An id for a new agency given none: its region code (the province's when the region
	 * is not one of the province), a hyphen and eight random letters and digits.
	 */
	public static String newId(String provinceCode, String regionCode) {
		String region = (regionCode != null && regionCode.length() >= 6 && REGION_CODE.matcher(regionCode).matches()
				&& regionCode.startsWith(provinceCode.substring(0, 2))) ? regionCode.substring(0, 6) : provinceCode;
		return region + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
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
		boolean provinceShaped = code.endsWith("0000");
		if (level == AgencyLevel.township && !twelve && provinceShaped) {
			// a township is placed by its own twelve-digit code or, as the division list
			// places it, by the six-digit code of its county (or of the city it is
			// directly under)
			return Optional.of(new Violation("regionCode", TenantProblem.TOWNSHIP_NEEDS_ITS_CODE, code));
		}
		if (level != AgencyLevel.township && twelve) {
			return Optional.of(new Violation("regionCode", TenantProblem.LEVEL_NEEDS_SIX_DIGITS,
					ProblemMessages.label("label.level." + level), code));
		}
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
