package io.gongkai.analytics.nation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The national read model in memory: loaded once at start-up by streaming the store, then
 * rebuilt one province at a time when the sync brings a province in. A rebuilt province
 * replaces the old one in a single step; readers see either, never a mix.
 */
@Component
public class NationalFigures {

	private static final Logger log = LoggerFactory.getLogger(NationalFigures.class);

	private static final long PROGRESS_EVERY = 100_000;

	private static final long SYNC_TIMES_TTL_MILLIS = 2_000;

	private final ReadModelSource source;

	private final BiConsumer<String, Consumer<ReportRow>> reports;

	private final String what;

	private final boolean keepIds;

	private volatile Nation nation = Nation.EMPTY;

	private volatile boolean loaded;

	private volatile SyncTimes syncTimes = new SyncTimes(Map.of(), Instant.MIN);

	@Autowired
	NationalFigures(ReadModelSource source) {
		this(source, source::reports, "National figures", false);
	}

	/**
	 * @param reports streams the rows of one province, or of every province when it is
	 * given {@code null}
	 * @param what what the log lines call the figures
	 * @param keepIds whether to keep each report's id, so that a figure leads to the
	 * reports it is made of
	 */
	NationalFigures(ReadModelSource source, BiConsumer<String, Consumer<ReportRow>> reports, String what,
			boolean keepIds) {
		this.source = source;
		this.reports = reports;
		this.what = what;
		this.keepIds = keepIds;
	}

	/** The read model as it is now. */
	public Nation nation() {
		return this.nation;
	}

	/** Whether the start-up load has finished. */
	public boolean loaded() {
		return this.loaded;
	}

	/**
	 * When each province's data was last brought in by the sync ({@code sync_cursors}),
	 * read again at most every {@value #SYNC_TIMES_TTL_MILLIS} ms.
	 */
	public Map<String, Instant> lastSynced() {
		SyncTimes times = this.syncTimes;
		Instant now = Instant.now();
		if (times.readAt.plusMillis(SYNC_TIMES_TTL_MILLIS).isBefore(now)) {
			times = new SyncTimes(Collections.unmodifiableMap(this.source.lastSynced()), now);
			this.syncTimes = times;
		}
		return times.byProvince;
	}

	/**
	 * Loads every province from the store: every agency, then the reports one province at
	 * a time, so that a store that answers a query in one piece (the embedded one
	 * collects every matching document before it sends the first) holds one province's
	 * reports at most, not the nation's: a national read of 953,240 reports ran its 8 GB
	 * out of memory. The provinces are those synchronised, those with a population and
	 * those with agencies.
	 */
	public synchronized void loadAll() {
		Loading loading = new Loading(this.source.lastSynced(), this.source.populations());
		this.source.agencies(null, loading::register);
		for (String code : loading.provinces()) {
			loading.province(code);
			this.reports.accept(code, loading::add);
		}
		loading.finish();
	}

	/**
	 * Loads the analysts' figures and the published ones from one reading of the store:
	 * the agencies once, and each province's reports once, each report giving both its
	 * analysts' row and its published one (if it has a published version).
	 */
	static void loadTogether(ReadModelSource source, NationalFigures analysts, NationalFigures published) {
		synchronized (analysts) {
			synchronized (published) {
				Map<String, Instant> synced = source.lastSynced();
				Map<String, ProvincePopulation> populations = source.populations();
				Loading forAnalysts = analysts.new Loading(synced, populations);
				Loading forPublic = published.new Loading(synced, populations);
				source.agencies(null, (agency) -> {
					forAnalysts.register(agency);
					forPublic.register(agency);
				});
				Set<String> codes = new TreeSet<>(forAnalysts.provinces());
				codes.addAll(forPublic.provinces());
				for (String code : codes) {
					forAnalysts.province(code);
					forPublic.province(code);
					source.reportsAndPublished(code, forAnalysts::add, forPublic::add);
				}
				forAnalysts.finish();
				forPublic.finish();
			}
		}
	}

	/**
	 * A start-up load under way: the builders of every province, fed report by report.
	 */
	private final class Loading {

		private final Instant start = Instant.now();

		private final Map<String, Instant> synced;

		private final Map<String, ProvincePopulation> populations;

		private final int figureCount = NationalFigures.this.source.figureCount();

		private final Map<String, ProvinceFigures.Builder> builders = new HashMap<>();

		private final AtomicLong reports = new AtomicLong();

		private ProvinceFigures.Builder current;

		Loading(Map<String, Instant> synced, Map<String, ProvincePopulation> populations) {
			this.synced = synced;
			this.populations = populations;
		}

		void register(AgencyRow agency) {
			if (agency.province() != null) {
				builder(agency.province()).register(agency);
			}
		}

		/** The provinces synchronised, with a population or with agencies, in order. */
		Set<String> provinces() {
			Set<String> codes = new TreeSet<>(this.synced.keySet());
			codes.addAll(this.populations.keySet());
			codes.addAll(this.builders.keySet());
			return codes;
		}

		/** The province whose reports come next. */
		void province(String code) {
			this.current = builder(code);
		}

		void add(ReportRow report) {
			this.current.add(report);
			long count = this.reports.incrementAndGet();
			if (count % PROGRESS_EVERY == 0) {
				log.info("Loading {}: {} reports read", NationalFigures.this.what, count);
			}
		}

		void finish() {
			Map<String, ProvinceFigures> provinces = new HashMap<>();
			for (String code : this.builders.keySet().toArray(new String[0])) {
				provinces.put(code, this.builders.remove(code).population(this.populations.get(code)).build());
			}
			NationalFigures.this.nation = new Nation(provinces);
			NationalFigures.this.syncTimes = new SyncTimes(Collections.unmodifiableMap(this.synced), Instant.now());
			NationalFigures.this.loaded = true;
			log.info("{} loaded: {} reports of {} provinces in {} ms", NationalFigures.this.what, this.reports.get(),
					provinces.size(), Duration.between(this.start, Instant.now()).toMillis());
		}

		private ProvinceFigures.Builder builder(String code) {
			return this.builders.computeIfAbsent(code,
					(key) -> new ProvinceFigures.Builder(key, this.figureCount, NationalFigures.this.keepIds));
		}

	}

	/**
	 * Rebuilds one province from the store (its population included) and puts it in place
	 * of the old one.
	 */
	public synchronized void reload(String province) {
		Instant start = Instant.now();
		ProvinceFigures.Builder builder = new ProvinceFigures.Builder(province, this.source.figureCount(), this.keepIds)
			.population(this.source.population(province));
		this.source.agencies(province, builder::register);
		this.reports.accept(province, builder::add);
		ProvinceFigures figures = builder.build();
		this.nation = this.nation.with(figures);
		this.syncTimes = new SyncTimes(Map.of(), Instant.MIN);
		log.debug("{} of province {} rebuilt: {} reports in {} ms", this.what, province, figures.reports(),
				Duration.between(start, Instant.now()).toMillis());
	}

	private record SyncTimes(Map<String, Instant> byProvince, Instant readAt) {

	}

}
