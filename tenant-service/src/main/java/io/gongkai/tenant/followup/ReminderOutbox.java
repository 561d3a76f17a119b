package io.gongkai.tenant.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Component;

/**
 * The {@code reminders} collection of the registry database: reminders waiting to be
 * delivered (see docs/follow-up.md for who reads it).
 */
@Component
class ReminderOutbox {

	private final MongoCollection<Document> reminders;

	ReminderOutbox(MongoDatabase registryDatabase) {
		this.reminders = registryDatabase.getCollection("reminders");
		this.reminders.createIndex(Indexes.ascending("provinceCode", "year", "createdAt"),
				new IndexOptions().name("by_province_and_year"));
		this.reminders.createIndex(Indexes.ascending("status", "createdAt"), new IndexOptions().name("delivery_queue"));
	}

	void queue(List<Reminder> batch) {
		if (!batch.isEmpty()) {
			this.reminders.insertMany(batch.stream().map(ReminderOutbox::toDocument).toList());
		}
	}

	List<Reminder> list(String provinceCode, Integer year, int page, int size) {
		List<Reminder> found = new ArrayList<>();
		this.reminders.find(filter(provinceCode, year))
			.sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("agencyId", "_id")))
			.skip(page * size)
			.limit(size)
			.forEach((document) -> found.add(fromDocument(document)));
		return found;
	}

	long count(String provinceCode, Integer year) {
		return this.reminders.countDocuments(filter(provinceCode, year));
	}

	private static Bson filter(String provinceCode, Integer year) {
		return (year != null) ? Filters.and(Filters.eq("provinceCode", provinceCode), Filters.eq("year", year))
				: Filters.eq("provinceCode", provinceCode);
	}

	private static Document toDocument(Reminder reminder) {
		return new Document("_id", reminder.id()).append("provinceCode", reminder.provinceCode())
			.append("year", reminder.year())
			.append("agencyId", reminder.agencyId())
			.append("agencyName", reminder.agencyName())
			.append("recipients", reminder.recipients())
			.append("recipientNames", reminder.recipientNames())
			.append("state", reminder.state().name())
			.append("late", reminder.late())
			.append("deadline", reminder.deadline().toString())
			.append("message", reminder.message())
			.append("sentBy", reminder.sentBy())
			.append("sentByName", reminder.sentByName())
			.append("createdAt", Date.from(reminder.createdAt()))
			.append("status", reminder.status())
			.append("attempts", 0);
	}

	private static Reminder fromDocument(Document document) {
		return new Reminder(document.getString("_id"), document.getString("provinceCode"), document.getInteger("year"),
				document.getString("agencyId"), document.getString("agencyName"),
				document.getList("recipients", String.class, List.of()),
				document.containsKey("recipientNames") ? document.getList("recipientNames", String.class) : null,
				FollowUpState.valueOf(document.getString("state")), document.getBoolean("late", false),
				LocalDate.parse(document.getString("deadline")), document.getString("message"),
				document.getString("sentBy"), document.getString("sentByName"),
				document.getDate("createdAt").toInstant(), document.getString("status"));
	}

}
