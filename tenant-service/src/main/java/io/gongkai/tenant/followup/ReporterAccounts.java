package io.gongkai.tenant.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The user names of the enabled reporter accounts of agencies, read from the registry's
 * {@code accounts} collection (written by the account feature), to address reminders.
 */
@Component
class ReporterAccounts {

	private final MongoCollection<Document> accounts;

	ReporterAccounts(MongoDatabase registryDatabase) {
		this.accounts = registryDatabase.getCollection("accounts");
	}

	Map<String, List<String>> usernamesByAgency(String provinceCode, Collection<String> agencyIds) {
		Map<String, List<String>> usernames = new TreeMap<>();
		this.accounts
			.find(Filters.and(Filters.eq("provinceCode", provinceCode), Filters.eq("role", "agency-reporter"),
					Filters.ne("enabled", false), Filters.in("agencyId", List.copyOf(agencyIds))))
			.projection(Projections.include("username", "agencyId"))
			.forEach((document) -> usernames.computeIfAbsent(document.getString("agencyId"), (id) -> new ArrayList<>())
				.add(document.getString("username")));
		usernames.values().forEach((names) -> names.sort(String::compareTo));
		return usernames;
	}

}
