package io.gongkai.tenant.agency;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,63}");

	/** Path segments of the registry's own endpoints, which an id would hide. */
	private static final Set<String> RESERVED_IDS = Set.of("search", "expected", "export", "import");

	/** The first year the registry records. */
	public static final int FIRST_YEAR = 1949;

	private AgencyRules() {
	}

	public static Optional<Violation> id(String id) {
		if (!ID.matcher(id).matches()) {
			return Optional.of(new Violation("id", "invalid-id",
					"'" + id + "' is not a usable id: 3 to 64 letters, digits or hyphens."));
		}
		if (RESERVED_IDS.contains(id.toLowerCase())) {
			return Optional.of(new Violation("id", "invalid-id", "'" + id + "' is reserved; choose another id."));
		}
		return Optional.empty();
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
