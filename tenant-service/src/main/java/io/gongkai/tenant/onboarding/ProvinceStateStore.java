package io.gongkai.tenant.onboarding;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The status of every province, in the registry database. Each step of onboarding is
 * recorded as soon as it is done.
 */
@Component
class ProvinceStateStore {

	private final MongoCollection<Document> provinces;

	ProvinceStateStore(MongoDatabase registryDatabase) {
		this.provinces = registryDatabase.getCollection("provinces");
	}

	ProvinceState find(String code) {
		return Optional.ofNullable(this.provinces.find(Filters.eq("_id", code)).first())
			.map(ProvinceStateStore::fromDocument)
			.orElseGet(() -> ProvinceState.notOnboarded(code));
	}

	/**
	 * Marks the province as being onboarded, unless it already is further along.
	 */
	ProvinceState begin(String code) {
		this.provinces.updateOne(Filters.eq("_id", code),
				Updates.setOnInsert("status", ProvinceStatus.onboarding.name()), new UpdateOptions().upsert(true));
		return find(code);
	}

	void storageReady(String code) {
		this.provinces.updateOne(Filters.eq("_id", code), Updates.set("storageReady", true));
	}

	void coordinatorOpened(String code, String accountId, String username) {
		this.provinces.updateOne(Filters.eq("_id", code), Updates
			.combine(Updates.set("coordinatorAccountId", accountId), Updates.set("coordinatorUsername", username)));
	}

	void activated(String code, Instant at) {
		this.provinces.updateOne(Filters.and(Filters.eq("_id", code), Filters.eq("status", "onboarding")), Updates
			.combine(Updates.set("status", ProvinceStatus.active.name()), Updates.set("onboardedAt", Date.from(at))));
	}

	void suspended(String code, String reason, List<String> disabledAccountIds, Instant at) {
		this.provinces.updateOne(Filters.eq("_id", code),
				Updates.combine(Updates.set("status", ProvinceStatus.suspended.name()),
						Updates.set("suspensionReason", reason), Updates.set("suspendedAt", Date.from(at)),
						Updates.set("suspendedAccountIds", disabledAccountIds)));
	}

	void resumed(String code) {
		this.provinces.updateOne(Filters.eq("_id", code),
				Updates.combine(Updates.set("status", ProvinceStatus.active.name()), Updates.unset("suspensionReason"),
						Updates.unset("suspendedAt"), Updates.set("suspendedAccountIds", List.of())));
	}

	private static ProvinceState fromDocument(Document document) {
		return new ProvinceState(document.getString("_id"), ProvinceStatus.valueOf(document.getString("status")),
				document.getBoolean("storageReady", false), document.getString("coordinatorAccountId"),
				document.getString("coordinatorUsername"), instant(document.getDate("onboardedAt")),
				instant(document.getDate("suspendedAt")), document.getString("suspensionReason"),
				document.getList("suspendedAccountIds", String.class, List.of()));
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
