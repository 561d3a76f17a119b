package io.gongkai.analytics.sync;

import org.bson.Document;

/**
 * An agency of a province's registry as the national read model holds it (collection
 * {@code analytics_agencies}, one document per agency).
 *
 * @param id the agency's id, as reports give it in {@code agencyId}
 * @param province six-digit code of its province
 * @param name full official name
 * @param level {@code province}, {@code prefecture}, {@code county} or {@code township}
 * @param kind {@code government} or {@code department}
 * @param scope {@code own} or {@code aggregate} (a government reporting for its
 * subordinates too: do not add it to them)
 * @param parentId the agency it reports to, or {@code null}
 * @param regionCode its GB/T 2260 region code
 * @param active {@code false} once abolished
 * @param createdYear first year it exists, or {@code null} when it predates the records
 * @param abolishedYear year it was abolished (it still reports on that year), or
 * {@code null}
 */
public record SyncedAgency(String id, String province, String name, String level, String kind, String scope,
		String parentId, String regionCode, boolean active, Integer createdYear, Integer abolishedYear) {

	/**
	 * Whether the agency exists in a year and so is expected to report on it.
	 */
	public boolean existsIn(int year) {
		return (this.createdYear == null || this.createdYear <= year)
				&& (this.abolishedYear == null || this.abolishedYear >= year);
	}

	static SyncedAgency from(Document document) {
		return new SyncedAgency(document.getString("_id"), document.getString("province"), document.getString("name"),
				document.getString("level"), document.getString("kind"), document.getString("scope"),
				document.getString("parentId"), document.getString("regionCode"),
				Boolean.TRUE.equals(document.getBoolean("active")), document.getInteger("createdYear"),
				document.getInteger("abolishedYear"));
	}

	Document toDocument() {
		return new Document("_id", this.id).append("province", this.province)
			.append("name", this.name)
			.append("level", this.level)
			.append("kind", this.kind)
			.append("scope", this.scope)
			.append("parentId", this.parentId)
			.append("regionCode", this.regionCode)
			.append("active", this.active)
			.append("createdYear", this.createdYear)
			.append("abolishedYear", this.abolishedYear);
	}

}
