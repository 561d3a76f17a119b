package io.gongkai.analytics.nation;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The national read model of what the public may read: every report's last published
 * version only, beside the analysts' {@link NationalFigures} and built from the same
 * collections the same way. A report never published is absent; an amendment counts once
 * it is published, and then replaces the figures published before it.
 */
@Component
public class PublishedFigures {

	private final NationalFigures figures;

	PublishedFigures(ReadModelSource source) {
		this.figures = new NationalFigures(source, source::publishedReports, "Published national figures", true);
	}

	/** The published figures as they are now. */
	public Nation nation() {
		return this.figures.nation();
	}

	/** Whether the start-up load has finished. */
	public boolean loaded() {
		return this.figures.loaded();
	}

	/** When each province's data was last brought in by the sync. */
	public Map<String, Instant> lastSynced() {
		return this.figures.lastSynced();
	}

	/**
	 * The figures as a model of their own, for a load that fills it beside the analysts'.
	 */
	NationalFigures figures() {
		return this.figures;
	}

	void reload(String province) {
		this.figures.reload(province);
	}

}
