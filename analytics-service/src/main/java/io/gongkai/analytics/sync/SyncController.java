package io.gongkai.analytics.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.gongkai.analytics.sync.NationalSync.RoundStatus;
import io.gongkai.analytics.sync.NationalSync.StartedRound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Synchronisation of the national read model, for the platform admin (start a round now)
 * and analysts (where every province stands).
 */
@RestController
@RequestMapping("/api/analytics/sync")
class SyncController {

	private final NationalSync nationalSync;

	private final SyncCursors cursors;

	private final SyncSettings settings;

	SyncController(NationalSync nationalSync, SyncCursors cursors, SyncSettings settings) {
		this.nationalSync = nationalSync;
		this.cursors = cursors;
		this.settings = settings;
	}

	/**
	 * Starts a round now, in the background; when one is already running, says which.
	 */
	@PostMapping
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	ResponseEntity<StartedRound> start() {
		return ResponseEntity.accepted().body(this.nationalSync.start("admin"));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'NATIONAL_ANALYST')")
	SyncStatus status() {
		return new SyncStatus(this.settings.enabled(), this.settings.interval(),
				this.nationalSync.running().orElse(null),
				this.nationalSync.lastRound().map(RoundSummary::of).orElse(null), this.cursors.all());
	}

	/**
	 * Where synchronisation stands.
	 *
	 * @param scheduled whether rounds run on their own
	 * @param interval the pause between the end of a round and the start of the next
	 * @param running the round running now, or {@code null}
	 * @param lastRound the last round this instance finished since it started, or
	 * {@code null}
	 * @param provinces every province's cursor, by code
	 */
	record SyncStatus(boolean scheduled, Duration interval, RoundStatus running, RoundSummary lastRound,
			List<SyncCursor> provinces) {

	}

	/**
	 * What a finished round did.
	 *
	 * @param startedAt when it started
	 * @param trigger {@code schedule} or {@code admin}
	 * @param durationMillis how long it took
	 * @param provinces how many provinces it synchronised
	 * @param completed how many completed their round
	 * @param failing how many stopped on a failure (see their {@code lastError})
	 * @param reportsApplied reports written
	 * @param agenciesChanged agencies written or removed
	 */
	record RoundSummary(Instant startedAt, String trigger, long durationMillis, int provinces, long completed,
			long failing, int reportsApplied, int agenciesChanged) {

		static RoundSummary of(NationalRound round) {
			return new RoundSummary(round.startedAt(), round.trigger(), round.took().toMillis(),
					round.provinces().size(), round.completed(), round.failing(), round.reportsApplied(),
					round.agenciesChanged());
		}

	}

}
