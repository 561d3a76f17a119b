package io.gongkai.report.importing;

import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import org.bson.Document;

/**
 * Who uploaded or decided, as stored with a preview or a batch.
 *
 * @param subject the token's subject
 * @param username the account's user name
 * @param displayName the person's name as pages show it (the user name for one stored
 * before names were)
 * @param agency the reporter's agency, {@code null} for a coordinator
 * @param role {@code agency-reporter} or {@code provincial-coordinator}
 */
public record Uploader(String subject, String username, String displayName, String agency, String role) {

	public Uploader {
		displayName = (displayName != null && !displayName.isBlank()) ? displayName : username;
	}

	public static Uploader of(Caller caller) {
		boolean coordinator = caller.has(Role.PROVINCIAL_COORDINATOR);
		return new Uploader(caller.subject(), caller.username(), caller.displayName(),
				coordinator ? null : caller.agency(),
				coordinator ? Role.PROVINCIAL_COORDINATOR.claimValue() : Role.AGENCY_REPORTER.claimValue());
	}

	public Document toDocument() {
		return new Document("subject", this.subject).append("username", this.username)
			.append("displayName", this.displayName)
			.append("agency", this.agency)
			.append("role", this.role);
	}

	public static Uploader from(Document document) {
		return new Uploader(document.getString("subject"), document.getString("username"),
				document.getString("displayName"), document.getString("agency"), document.getString("role"));
	}

	/**
	 * Whether the caller may see what this uploader stored: a coordinator of the province
	 * sees everything (the province is the database, already the caller's), the uploader
	 * sees its own, and a reporter what another reporter of the same agency uploaded.
	 */
	public boolean isVisibleTo(Caller caller) {
		if (caller.has(Role.PROVINCIAL_COORDINATOR) || this.subject.equals(caller.subject())) {
			return true;
		}
		return this.agency != null && this.agency.equals(caller.agency());
	}

}
