package io.gongkai.report.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The agency a report names, looked up in the caller's province registry.
 *
 * @param status whether the registry was asked and what it answered
 * @param query the name looked up, {@code null} when the report names no agency
 * @param candidates the registry's agencies that may be meant, best first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyMatch(Status status, String query, List<AgencyCandidate> candidates) {

	public AgencyMatch {
		candidates = (candidates != null) ? List.copyOf(candidates) : null;
	}

	/** What came of the look-up. */
	public enum Status {

		/** The registry knows agencies that may be meant. */
		MATCHED("matched"),
		/** The registry knows no agency of that name. */
		NO_MATCH("no_match"),
		/** The report names no agency: nothing to look up. */
		NOT_DETECTED("not_detected"),
		/** tenant-service did not answer in time; the preview goes on without a match. */
		UNAVAILABLE("unavailable");

		private final String wireName;

		Status(String wireName) {
			this.wireName = wireName;
		}

		@JsonValue
		public String wireName() {
			return this.wireName;
		}

		public static Status fromWireName(String wireName) {
			for (Status status : values()) {
				if (status.wireName.equals(wireName)) {
					return status;
				}
			}
			throw new IllegalArgumentException("Unknown agency match status: " + wireName);
		}

	}

	public static AgencyMatch notDetected() {
		return new AgencyMatch(Status.NOT_DETECTED, null, null);
	}

	public static AgencyMatch unavailable(String query) {
		return new AgencyMatch(Status.UNAVAILABLE, query, null);
	}

	public static AgencyMatch of(String query, List<AgencyCandidate> candidates) {
		return new AgencyMatch(candidates.isEmpty() ? Status.NO_MATCH : Status.MATCHED, query, candidates);
	}

	/** The score from which the registry's own matcher trusts a match. */
	static final double CONFIDENT = 0.85;

	/**
	 * The best candidate when the registry is sure of it, as tenant-service's matcher
	 * decides: a score of at least 0.85 and no runner-up within 0.05 of it.
	 */
	public java.util.Optional<AgencyCandidate> confident() {
		if (this.status != Status.MATCHED || this.candidates == null || this.candidates.isEmpty()) {
			return java.util.Optional.empty();
		}
		AgencyCandidate best = this.candidates.get(0);
		if (best.score() == null || best.score() < CONFIDENT) {
			return java.util.Optional.empty();
		}
		if (this.candidates.size() > 1 && this.candidates.get(1).score() != null
				&& this.candidates.get(1).score() >= best.score() - 0.05) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(best);
	}

	/** The best candidate, if any. */
	public java.util.Optional<AgencyCandidate> best() {
		return (this.candidates == null) ? java.util.Optional.empty() : this.candidates.stream().findFirst();
	}

}
