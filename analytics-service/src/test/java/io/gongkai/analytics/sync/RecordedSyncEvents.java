package io.gongkai.analytics.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

/**
 * Listens for {@link ProvinceSynced} as the figures package does, from whichever thread
 * publishes it.
 */
class RecordedSyncEvents {

	private final List<ProvinceSynced> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ProvinceSynced event) {
		this.events.add(event);
	}

	List<String> provinces() {
		return this.events.stream().map(ProvinceSynced::provinceCode).toList();
	}

	void clear() {
		this.events.clear();
	}

}
