package io.gongkai.platform.mongo.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.gongkai.platform.mongo.LeaseSettings;
import org.bson.Document;

/**
 * Everything the store holds, document by document, to prove a refused request changed
 * nothing; but the leases of work that runs once across instances, which their holders
 * renew on their own time, whatever the requests.
 */
public final class StoreSnapshot {

	private static final Set<String> SYSTEM = Set.of("admin", "local", "config");

	private StoreSnapshot() {
	}

	public static TreeMap<String, List<String>> of(MongoClient client) {
		TreeMap<String, List<String>> snapshot = new TreeMap<>();
		for (String name : client.listDatabaseNames()) {
			if (SYSTEM.contains(name)) {
				continue;
			}
			MongoDatabase database = client.getDatabase(name);
			for (String collection : database.listCollectionNames()) {
				if (collection.equals(LeaseSettings.COLLECTION)) {
					continue;
				}
				List<String> documents = new ArrayList<>();
				database.getCollection(collection)
					.find()
					.forEach((Document document) -> documents.add(document.toJson()));
				documents.sort(String::compareTo);
				if (!documents.isEmpty()) {
					snapshot.put(name + "." + collection, documents);
				}
			}
		}
		return snapshot;
	}

}
