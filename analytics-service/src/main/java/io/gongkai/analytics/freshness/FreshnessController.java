package io.gongkai.analytics.freshness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import io.gongkai.platform.security.Caller;
import io.gongkai.platform.security.Role;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the national read model holds, province by province, and since when: analysts see
 * how fresh every figure is before they compare, and whether a province's synchronisation
 * is failing.
 */
@RestController
@RequestMapping("/api/analytics")
class FreshnessController {

	private final MongoCollection<Document> cursors;

	FreshnessController(MongoClient client, @Value("${gongkai.analytics.database:gongkai_analytics}") String database) {
		this.cursors = client.getDatabase(database).getCollection("sync_cursors");
	}

	/**
	 * Every province's freshness for analysts and the platform admin; a coordinator's own
	 * province in detail and, for the rest, only the national aggregate (an entry with
	 * {@code provinceCode} {@code national}: reports and agencies of every province
	 * together, and the least recent sync).
	 */
	@GetMapping("/freshness")
	@PreAuthorize("hasAnyRole('NATIONAL_ANALYST', 'PLATFORM_ADMIN', 'PROVINCIAL_COORDINATOR')")
	List<ProvinceFreshness> freshness(Caller caller) {
		List<ProvinceFreshness> provinces = new ArrayList<>();
		this.cursors.find()
			.sort(Sorts.ascending("_id"))
			.forEach((cursor) -> provinces.add(new ProvinceFreshness(cursor.getString("_id"), count(cursor, "reports"),
					instant(cursor, "lastSyncedAt"), count(cursor, "agencies"), cursor.getString("state"),
					cursor.getString("lastError"), instant(cursor, "lastAttemptAt"))));
		if (caller.has(Role.NATIONAL_ANALYST) || caller.has(Role.PLATFORM_ADMIN)) {
			return provinces;
		}
		String own = caller.requireProvince();
		List<ProvinceFreshness> seen = new ArrayList<>();
		provinces.stream().filter((province) -> own.equals(province.provinceCode())).forEach(seen::add);
		seen.add(ProvinceFreshness.national(provinces));
		return seen;
	}

	private static long count(Document cursor, String field) {
		Object value = cursor.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	private static Instant instant(Document cursor, String field) {
		Date date = cursor.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
