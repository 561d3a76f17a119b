package io.gongkai.analytics.nation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers computed from one version of the read model, kept until the read model changes
 * (any province rebuilt gives a new {@link Nation}) and at most {@value #CAPACITY} of
 * them.
 *
 * @param <T> what is kept
 */
public final class SnapshotCache<T> {

	static final int CAPACITY = 512;

	private volatile Entries<T> entries = new Entries<>(null);

	public T get(Nation nation, String key, Supplier<T> computation) {
		Entries<T> current = this.entries;
		if (current.nation != nation) {
			current = new Entries<>(nation);
			this.entries = current;
		}
		T found = current.byKey.get(key);
		if (found != null) {
			return found;
		}
		T computed = computation.get();
		if (current.byKey.size() >= CAPACITY) {
			current.byKey.clear();
		}
		current.byKey.put(key, computed);
		return computed;
	}

	private static final class Entries<T> {

		private final Nation nation;

		private final Map<String, T> byKey = new ConcurrentHashMap<>();

		Entries(Nation nation) {
			this.nation = nation;
		}

	}

}
