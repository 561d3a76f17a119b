package io.gongkai.tenant.agency.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyKind;
import io.gongkai.tenant.agency.search.NameNormaliser.NormalisedName;
import io.gongkai.tenant.agency.search.RegionNames.Stripped;

/**
 * An immutable in-memory index of one province's agency names and aliases: exact lookups
 * on the normalised name and on the name without its region, and character pairs for
 * similar names. Built in one pass over the registry; searched without touching the
 * store.
 */
final class ProvinceIndex {

	private static final String GOVERNMENT = "人民政府";

	private static final double SIMILAR_THRESHOLD = 0.5;

	/** The score of an agency lying in the place asked for. */
	private static final double PLACE = 0.8;

	/** The score of a name starting with what was asked. */
	private static final double PREFIX = 0.78;

	/** The score of a name containing what was asked. */
	private static final double PART = 0.65;

	private final NameNormaliser normaliser;

	private final RegionNames regions = new RegionNames();

	private final List<Agency> agencies;

	private final List<Entry> entries = new ArrayList<>();

	/** For each agency, the entry of its name. */
	private final Map<Integer, Entry> nameEntries = new HashMap<>();

	private final Map<String, List<Entry>> byCanonical = new HashMap<>();

	private final Map<String, List<Entry>> byCore = new HashMap<>();

	/** For each place name (长治市, 长治), the agencies lying there. */
	private final Map<String, Set<Integer>> byPlace = new HashMap<>();

	/** For each agency, the places it lies in, innermost first. */
	private final List<List<String>> placesOf = new ArrayList<>();

	/** For each character pair, the positions of the entries containing it, ascending. */
	private final Map<Integer, int[]> byPair = new HashMap<>();

	ProvinceIndex(NameNormaliser normaliser, PlaceNames places, List<Agency> agencies, String provinceCode,
			String provinceName) {
		this.normaliser = normaliser;
		this.agencies = List.copyOf(agencies);
		if (provinceName != null) {
			this.regions.learn(normaliser.normalise(provinceName).canonical(), provinceCode);
		}
		places.forEachIn(provinceCode,
				(place, code) -> this.regions.learn(normaliser.normalise(place).canonical(), code));
		for (int i = 0; i < this.agencies.size(); i++) {
			List<String> around = places.around(this.agencies.get(i).regionCode());
			this.placesOf.add(around);
			for (String place : around) {
				String canonical = normaliser.normalise(place).canonical();
				this.byPlace.computeIfAbsent(canonical, (key) -> new LinkedHashSet<>()).add(i);
				String shortened = PlaceNames.shortened(canonical);
				if (shortened != null) {
					this.byPlace.computeIfAbsent(shortened, (key) -> new LinkedHashSet<>()).add(i);
				}
			}
		}
		List<Object[]> labels = new ArrayList<>();
		for (int i = 0; i < this.agencies.size(); i++) {
			Agency agency = this.agencies.get(i);
			String name = normaliser.normalise(agency.name()).canonical();
			labels.add(new Object[] { i, agency.name(), false, name });
			for (String alias : agency.aliases()) {
				labels.add(new Object[] { i, alias, true, normaliser.normalise(alias).canonical() });
			}
			if (agency.kind() == AgencyKind.government && name.endsWith(GOVERNMENT)
					&& name.length() > GOVERNMENT.length() + 1) {
				this.regions.learn(name.substring(0, name.length() - GOVERNMENT.length()), agency.regionCode());
			}
		}
		for (Object[] label : labels) {
			Stripped stripped = this.regions.strip((String) label[3]);
			Agency agency = this.agencies.get((int) label[0]);
			if (stripped.region() != null && this.regions.codes(stripped.region()).isEmpty()) {
				this.regions.learn(stripped.region(), agency.regionCode());
			}
		}
		Map<Integer, int[]> growing = new HashMap<>();
		for (Object[] label : labels) {
			add((int) label[0], (String) label[1], (boolean) label[2], (String) label[3], growing);
		}
		growing.forEach((pair, positions) -> this.byPair.put(pair, Arrays.copyOf(positions, positions[0] + 1)));
	}

	/**
	 * Indexes one name; {@code growing} holds for each pair a count in slot 0 followed by
	 * the positions.
	 */
	private void add(int agency, String label, boolean alias, String canonical, Map<Integer, int[]> growing) {
		if (canonical.isEmpty()) {
			return;
		}
		Stripped stripped = this.regions.strip(canonical);
		Set<Integer> pairs = pairs(canonical);
		Entry entry = new Entry(agency, label, alias, canonical, stripped.core(), stripped.region(), pairs.size());
		int position = this.entries.size();
		this.entries.add(entry);
		if (!alias) {
			this.nameEntries.putIfAbsent(agency, entry);
		}
		this.byCanonical.computeIfAbsent(canonical, (key) -> new ArrayList<>(1)).add(entry);
		this.byCore.computeIfAbsent(stripped.core(), (key) -> new ArrayList<>(1)).add(entry);
		for (Integer pair : pairs) {
			int[] positions = growing.computeIfAbsent(pair, (key) -> new int[4]);
			if (positions[0] + 1 == positions.length) {
				positions = Arrays.copyOf(positions, positions.length * 2);
				growing.put(pair, positions);
			}
			positions[++positions[0]] = position;
		}
	}

	int size() {
		return this.agencies.size();
	}

	/**
	 * The agencies a name may designate, best first.
	 * @param query the name as written
	 * @param regionCode a region the agency is expected in, or {@code null}
	 * @param limit how many at most
	 */
	List<AgencyMatch> search(String query, String regionCode, int limit) {
		NormalisedName normalised = this.normaliser.normalise(query);
		if (normalised.isEmpty()) {
			return List.of();
		}
		Map<Integer, Candidate> best = new HashMap<>();
		exact(query.strip(), normalised, best);
		withoutRegion(normalised, best);
		place(normalised, best);
		partial(normalised, best);
		if (best.size() < limit) {
			similar(normalised, best, limit);
		}
		String region = (regionCode != null) ? significant(regionCode) : null;
		Comparator<Candidate> ranking = Comparator.comparingDouble(Candidate::score)
			.reversed()
			.thenComparing((candidate) -> !candidate.agency().active())
			.thenComparing((candidate) -> candidate.agency().name());
		PriorityQueue<Candidate> kept = new PriorityQueue<>(ranking.reversed());
		for (Candidate candidate : best.values()) {
			kept.add(candidate.inRegion(region));
			if (kept.size() > limit) {
				kept.poll();
			}
		}
		return kept.stream().sorted(ranking).map((candidate) -> candidate.toMatch(regionCode)).toList();
	}

	private void exact(String query, NormalisedName normalised, Map<Integer, Candidate> best) {
		for (Entry entry : this.byCanonical.getOrDefault(normalised.canonical(), List.of())) {
			boolean verbatim = entry.label().equals(query);
			Supplier<String> what = () -> entry.alias()
					? "its alias '" + entry.label() + "' (a former name or short form)" : "its name";
			if (verbatim) {
				offer(best, entry, entry.alias() ? 0.97 : 1.0, entry.alias() ? "alias" : "name", what);
			}
			else {
				offer(best, entry, entry.alias() ? 0.92 : 0.95, entry.alias() ? "alias-variant" : "name-variant",
						() -> what.get() + ", once " + String.join(", ", normalised.notes()));
			}
		}
	}

	private void withoutRegion(NormalisedName normalised, Map<Integer, Candidate> best) {
		Stripped asked = this.regions.strip(normalised.canonical());
		String askedRegion = asked.region();
		Set<String> askedCodes = (askedRegion != null) ? this.regions.codes(askedRegion) : Set.of();
		for (Entry entry : this.byCore.getOrDefault(asked.core(), List.of())) {
			Agency agency = this.agencies.get(entry.agency());
			Supplier<String> what = () -> entry.alias() ? "its alias '" + entry.label() + "'"
					: "its name '" + entry.label() + "'";
			if (askedRegion == null && entry.region() != null) {
				offer(best, entry, entry.alias() ? 0.72 : 0.75, "region-omitted",
						() -> what.get() + " without the region '" + entry.region() + "'");
			}
			else if (askedRegion != null && entry.region() != null) {
				if (!askedRegion.equals(entry.region()) && askedCodes.contains(agency.regionCode())) {
					offer(best, entry, entry.alias() ? 0.87 : 0.9, "region-variant",
							() -> what.get() + ", with its region written '" + askedRegion + "'");
				}
			}
			else if (askedRegion != null) {
				if (askedCodes.contains(agency.regionCode())) {
					offer(best, entry, entry.alias() ? 0.82 : 0.85, "region-variant", () -> what.get() + " in region "
							+ agency.regionCode() + ", which '" + askedRegion + "' names");
				}
				else if (askedCodes.isEmpty()) {
					offer(best, entry, 0.55, "region-variant", () -> what.get() + "; the region '" + askedRegion
							+ "' is not known in the registry, so it could not be checked");
				}
			}
		}
	}

	/**
	 * The agencies lying in the place the query names (长治, 小店区).
	 */
	private void place(NormalisedName normalised, Map<Integer, Candidate> best) {
		for (int agency : this.byPlace.getOrDefault(normalised.canonical(), Set.of())) {
			Entry entry = this.nameEntries.get(agency);
			if (entry != null) {
				String where = String.join(", ", this.placesOf.get(agency));
				offer(best, entry, PLACE, "place", () -> "it lies in " + where);
			}
		}
	}

	/**
	 * The names and aliases that start with the query, then those containing it; a query
	 * opening with a place (太原人社) is also compared without it, in that place only.
	 */
	private void partial(NormalisedName normalised, Map<Integer, Candidate> best) {
		String query = normalised.canonical();
		Stripped asked = this.regions.strip(query);
		Set<String> askedCodes = (asked.region() != null) ? this.regions.codes(asked.region()) : Set.of();
		for (Entry entry : this.entries) {
			Supplier<String> what = () -> (entry.alias() ? "its alias '" : "its name '") + entry.label() + "'";
			if (entry.canonical().startsWith(query)) {
				offer(best, entry, entry.alias() ? PREFIX - 0.02 : PREFIX, "prefix",
						() -> what.get() + " starts with what was asked");
			}
			else if (!askedCodes.isEmpty() && entry.core().startsWith(asked.core())
					&& lies(this.agencies.get(entry.agency()), askedCodes)) {
				offer(best, entry, entry.alias() ? PREFIX - 0.02 : PREFIX, "prefix",
						() -> what.get() + " in " + asked.region() + " starts with what was asked");
			}
			else if (entry.canonical().contains(query)) {
				offer(best, entry, entry.alias() ? PART - 0.02 : PART, "part",
						() -> what.get() + " contains what was asked");
			}
		}
	}

	private static boolean lies(Agency agency, Set<String> regionCodes) {
		return regionCodes.stream().anyMatch((code) -> agency.regionCode().startsWith(significant(code)));
	}

	private void similar(NormalisedName normalised, Map<Integer, Candidate> best, int limit) {
		Set<Integer> asked = pairs(normalised.canonical());
		if (asked.isEmpty()) {
			return;
		}
		int[] shared = new int[this.entries.size()];
		int[] touched = new int[Math.min(this.entries.size(), 1 << 16)];
		int touchedCount = 0;
		boolean overflow = false;
		for (Integer pair : asked) {
			int[] positions = this.byPair.get(pair);
			if (positions != null) {
				for (int i = 1; i < positions.length; i++) {
					if (shared[positions[i]]++ == 0) {
						if (touchedCount < touched.length) {
							touched[touchedCount++] = positions[i];
						}
						else {
							overflow = true;
						}
					}
				}
			}
		}
		PriorityQueue<double[]> top = new PriorityQueue<>(Comparator.comparingDouble((double[] scored) -> scored[0]));
		int count = overflow ? shared.length : touchedCount;
		for (int i = 0; i < count; i++) {
			int position = overflow ? i : touched[i];
			if (shared[position] == 0) {
				continue;
			}
			Entry entry = this.entries.get(position);
			double dice = 2.0 * shared[position] / (asked.size() + entry.pairCount());
			if (dice >= SIMILAR_THRESHOLD && !best.containsKey(entry.agency())) {
				top.add(new double[] { dice, position });
				if (top.size() > limit) {
					top.poll();
				}
			}
		}
		for (double[] scored : top) {
			Entry entry = this.entries.get((int) scored[1]);
			double dice = scored[0];
			offer(best, entry, 0.6 * dice, "similar", () -> (entry.alias() ? "its alias '" : "its name '")
					+ entry.label() + "' is similar (" + Math.round(dice * 100) + "% of character pairs shared)");
		}
	}

	private void offer(Map<Integer, Candidate> best, Entry entry, double score, String matchedBy,
			Supplier<String> reason) {
		Candidate current = best.get(entry.agency());
		if (current == null || current.score() < score) {
			best.put(entry.agency(),
					new Candidate(this.agencies.get(entry.agency()), entry, round(score), matchedBy, reason, false));
		}
	}

	/**
	 * The digits of a region code that matter: 370200 stands for every code starting with
	 * 3702.
	 */
	private static String significant(String regionCode) {
		String code = regionCode;
		while (code.length() > 2 && code.endsWith("00")) {
			code = code.substring(0, code.length() - 2);
		}
		return code;
	}

	private static Set<Integer> pairs(String text) {
		Set<Integer> pairs = new LinkedHashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			pairs.add((text.charAt(i) << 16) | text.charAt(i + 1));
		}
		return pairs;
	}

	private static double round(double score) {
		return Math.round(score * 100) / 100.0;
	}

	/**
	 * A possible match, its reason written only if it makes the result.
	 */
	private record Candidate(Agency agency, Entry entry, double score, String matchedBy, Supplier<String> reason,
			boolean inRegion) {

		Candidate inRegion(String significantRegion) {
			if (significantRegion == null || !this.agency.regionCode().startsWith(significantRegion)) {
				return this;
			}
			return new Candidate(this.agency, this.entry, round(Math.min(1.0, this.score + 0.1)), this.matchedBy,
					this.reason, true);
		}

		AgencyMatch toMatch(String regionCode) {
			return new AgencyMatch(this.agency, this.score, this.matchedBy, this.entry.label(),
					this.inRegion ? this.reason.get() + "; in region " + regionCode : this.reason.get());
		}

	}

	/**
	 * One name or alias of an agency, as indexed.
	 *
	 * @param agency the agency's position
	 * @param label the name or alias as registered
	 * @param alias whether it is an alias
	 * @param canonical its normalised form
	 * @param core the normalised form without region names
	 * @param region the innermost region name taken off, or {@code null}
	 * @param pairCount how many distinct character pairs it has
	 */
	record Entry(int agency, String label, boolean alias, String canonical, String core, String region, int pairCount) {

	}

}
