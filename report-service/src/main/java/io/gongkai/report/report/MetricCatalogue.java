package io.gongkai.report.report;

import java.util.Set;

/**
 * The figures analysts compare, as named by the extraction contract.
 */
public final class MetricCatalogue {

	public static final Set<String> IDS = Set.of("proactive.total", "proactive.website", "requests.received",
			"requests.answered", "requests.granted", "requests.partial", "requests.denied", "review.total",
			"review.corrected", "litigation.total", "litigation.corrected", "complaints.total", "fees.collected_yuan",
			"staff.full_time", "staff.part_time", "consultations.total", "website.visits");

	/** How exactly a figure is stated: {@code 6000余条} is at least 6000. */
	public static final Set<String> QUALIFIERS = Set.of("exact", "at_least", "approx");

	private MetricCatalogue() {
	}

}
