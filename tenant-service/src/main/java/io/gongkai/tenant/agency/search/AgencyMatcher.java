package io.gongkai.tenant.agency.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongkai.tenant.agency.AgenciesChanged;
import io.gongkai.tenant.agency.Agency;
import io.gongkai.tenant.agency.AgencyStore;
import io.gongkai.tenant.province.Province;
import io.gongkai.tenant.province.ProvinceCatalogue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds the agencies of a province that a name designates, tolerant of the usual
 * variants: traditional characters, short forms (人社局), a missing or abbreviated region
 * (人社局 for 青岛市人力资源和社会保障局), former names kept as aliases, spaces and punctuation. Text
 * import uses it to recognise the agency named in a published report.
 * <p>
 * Each province is searched in an in-memory index, built on first use, dropped when this
 * service changes the province's registry and rebuilt after {@code max-age} in any case
 * (changes made by other instances).
 */
@Component
public class AgencyMatcher {

	private static final Logger log = LoggerFactory.getLogger(AgencyMatcher.class);

	/** How many matches {@link #match(String, String)} returns at most. */
	public static final int DEFAULT_LIMIT = 10;

	/** The score from which {@link #best(String, String)} trusts a match. */
	public static final double CONFIDENT = 0.85;

	private final AgencyStore store;

	private final ProvinceCatalogue provinces;

	private final NameNormaliser normaliser = new NameNormaliser(ShortForms.load());

	private final PlaceNames places = PlaceNames.load();

	private final Duration maxAge;

	private final Map<String, Holder> indexes = new ConcurrentHashMap<>();

	AgencyMatcher(AgencyStore store, ProvinceCatalogue provinces,
			@Value("${gongkai.registry.search.max-age:5m}") Duration maxAge) {
		this.store = store;
		this.provinces = provinces;
		this.maxAge = maxAge;
	}

	/**
	 * The search of one province's registry as given, held in memory: what
	 * {@link #match(String, String, String, int)} answers from the index it builds for
	 * the province, without the store or the index's renewal, for measuring the search
	 * alone.
	 * @param registry the province's agencies
	 * @param provinceCode the province's code
	 * @param provinceName its name, such as 山东省
	 * @return the search
	 */
	public static Search inMemory(List<Agency> registry, String provinceCode, String provinceName) {
		return new ProvinceIndex(new NameNormaliser(ShortForms.load()), PlaceNames.load(), registry, provinceCode,
				provinceName)::search;
	}

	/** A search of one province's registry. */
	@FunctionalInterface
	public interface Search {

		/**
		 * The agencies {@code name} may designate, best first.
		 * @param name the name as written
		 * @param regionCode a region the agency is expected in (ranks its agencies
		 * first), or {@code null}
		 * @param limit how many at most
		 * @return the matches
		 */
		List<AgencyMatch> match(String name, String regionCode, int limit);

	}

	/**
	 * The agencies of a province that {@code name} may designate, best first, at most
	 * {@value #DEFAULT_LIMIT}.
	 */
	public List<AgencyMatch> match(String provinceCode, String name) {
		return match(provinceCode, name, null, DEFAULT_LIMIT);
	}

	/**
	 * The agencies of a province that {@code name} may designate, best first.
	 * @param regionCode a region the agency is expected in (ranks its agencies first), or
	 * {@code null}
	 * @param limit how many at most
	 */
	public List<AgencyMatch> match(String provinceCode, String name, String regionCode, int limit) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		return index(provinceCode).search(name, regionCode, limit);
	}

	/**
	 * The one agency {@code name} designates, when the best match is confident and no
	 * other comes close; empty when unknown or ambiguous.
	 */
	public Optional<AgencyMatch> best(String provinceCode, String name) {
		List<AgencyMatch> matches = match(provinceCode, name, null, 2);
		if (matches.isEmpty() || matches.get(0).score() < CONFIDENT
				|| (matches.size() > 1 && matches.get(1).score() >= matches.get(0).score() - 0.05)) {
			return Optional.empty();
		}
		return Optional.of(matches.get(0));
	}

	@EventListener
	void registryChanged(AgenciesChanged event) {
		Holder holder = this.indexes.get(event.provinceCode());
		if (holder != null) {
			holder.invalidate();
		}
	}

	private ProvinceIndex index(String provinceCode) {
		return this.indexes.computeIfAbsent(provinceCode, (code) -> new Holder()).get(provinceCode);
	}

	/**
	 * The current index of one province, rebuilt when dropped or too old.
	 */
	private final class Holder {

		private ProvinceIndex index;

		private long builtAt;

		private long generation;

		synchronized void invalidate() {
			this.index = null;
			this.generation++;
		}

		ProvinceIndex get(String provinceCode) {
			long seen;
			synchronized (this) {
				if (this.index != null && System.nanoTime() - this.builtAt < AgencyMatcher.this.maxAge.toNanos()) {
					return this.index;
				}
				seen = this.generation;
			}
			long start = System.nanoTime();
			String provinceName = AgencyMatcher.this.provinces.tenant(provinceCode).map(Province::name).orElse(null);
			ProvinceIndex built = new ProvinceIndex(AgencyMatcher.this.normaliser, AgencyMatcher.this.places,
					AgencyMatcher.this.store.all(provinceCode), provinceCode, provinceName);
			log.debug("Indexed {} agencies of province {} in {} ms", built.size(), provinceCode,
					(System.nanoTime() - start) / 1_000_000);
			synchronized (this) {
				if (this.generation == seen) {
					this.index = built;
					this.builtAt = start;
				}
			}
			return built;
		}

	}

}
