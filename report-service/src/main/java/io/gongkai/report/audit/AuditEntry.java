package io.gongkai.report.audit;

import java.time.Instant;
import java.util.List;

/**
 * What one change did to a report. Every change of a report moves its revision on by one,
 * and each revision has exactly one entry.
 *
 * @param reportId the report
 * @param revision the report's revision after the change
 * @param at when
 * @param actor the user name from the verified token
 * @param actorName the person's name as the token gave it, what pages show; the user name
 * when it had none
 * @param role the role the actor acted in ({@code agency-reporter} or
 * {@code provincial-coordinator})
 * @param action {@code created}, {@code updated}, {@code submitted}, {@code returned},
 * {@code accepted}, {@code published}, {@code reopened}, {@code amended},
 * {@code imported} or {@code discarded}
 * @param version the version of the report the change concerns
 * @param fromStatus the version's status before, {@code null} for a new version
 * @param toStatus the version's status after, {@code null} for a discarded report
 * @param changes the values that changed, with their old and new values
 * @param note a comment, reason or explanation given with the change, or {@code null}
 */
public record AuditEntry(String reportId, long revision, Instant at, String actor, String actorName, String role,
		String action, int version, String fromStatus, String toStatus, List<FieldChange> changes, String note) {

	public AuditEntry {
		actorName = (actorName != null && !actorName.isBlank()) ? actorName : actor;
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

}
