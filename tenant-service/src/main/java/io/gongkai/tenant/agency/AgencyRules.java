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
			return Optional.of(new Violation("id", "invalid-id", "'" + id + "' is not an id for province "
					+ provinceCode + ": an agency id begins with a six-digit region code of the province (" + prefix
					+ "xxxx), then a hyphen and letters, digits or hyphens, such as " + provinceCode + "-rsj."));
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
			return Optional.of(new Violation("regionCode", "invalid-region-code",
					"'" + code + "' is not a region code: six digits (GB/T 2260), or twelve for a township."));
		}
		if (!BINGTUAN.equals(provinceCode) && !code.startsWith(provinceCode.substring(0, 2))) {
			return Optional.of(new Violation("regionCode", "region-outside-province",
					"The region code " + code + " does not lie in province " + provinceCode + "; check the code."));
		}
		if ("00".equals(code.substring(2, 4)) && !"00".equals(code.substring(4, 6))) {
			return Optional.of(new Violation("regionCode", "unknown-region-code", "The region code " + code
					+ " does not exist: a county code carries its prefecture in digits 3 and 4."));
		}
		if (level == null) {
			return Optional.empty();
		}
		boolean twelve = code.length() == 12;
		if (level == AgencyLevel.township && !twelve) {
			return Optional.of(new Violation("regionCode", "region-level-mismatch",
					"A township agency needs the twelve-digit code of its township, not " + code + "."));
		}
		if (level != AgencyLevel.township && twelve) {
			return Optional.of(new Violation("regionCode", "region-level-mismatch",
					"A " + level + "-level agency needs a six-digit code; " + code + " is a township's code."));
		}
		boolean provinceShaped = code.endsWith("0000");
		if (level == AgencyLevel.province && !provinceShaped && !BINGTUAN.equals(provinceCode)) {
			return Optional.of(new Violation("regionCode", "region-level-mismatch",
					"A province-level agency has its province's code, " + provinceCode + ", not " + code + "."));
		}
		if ((level == AgencyLevel.prefecture || level == AgencyLevel.county) && provinceShaped) {
			return Optional.of(new Violation("regionCode", "region-level-mismatch", "A " + level
					+ "-level agency needs the code of its prefecture or county, not the province's " + code + "."));
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
			violations.add(new Violation("createdYear", "invalid-year",
					"The year of creation must lie between " + FIRST_YEAR + " and " + last + "."));
		}
		if (abolishedYear != null && (abolishedYear < FIRST_YEAR || abolishedYear > last)) {
			violations.add(new Violation("abolishedYear", "invalid-year",
					"The year of abolition must lie between " + FIRST_YEAR + " and " + last + "."));
		}
		if (createdYear != null && abolishedYear != null && abolishedYear < createdYear) {
			violations.add(new Violation("abolishedYear", "invalid-year", "The agency cannot be abolished in "
					+ abolishedYear + ", before its creation in " + createdYear + "."));
		}
		if (mergedInto != null && abolishedYear == null) {
			violations.add(new Violation("mergedInto", "merged-but-active",
					"An agency merged into another is abolished: give the year of abolition too."));
		}
		if (mergedInto != null && mergedInto.equals(id)) {
			violations.add(new Violation("mergedInto", "merged-into-itself", "An agency cannot merge into itself."));
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
