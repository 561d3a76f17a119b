package io.gongkai.analytics.synthetic;

import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the national read model holds a synthetic nation (the opt-in
 * {@code ./gongkai demo synthetic}, whose generator records it in {@value #COLLECTION}),
 * and which years it covers.
 */
@Component
class SyntheticData {

	static final String COLLECTION = "synthetic_data";

	private final MongoCollection<Document> markers;

	SyntheticData(MongoClient client, @Value("${gongkai.analytics.database:gongkai_analytics}") String database) {
		this.markers = client.getDatabase(database).getCollection(COLLECTION);
	}

	/**
	 * The years the synthetic nation covers, such as {@code 2012-2021}; none without one.
	 */
	Optional<String> years() {
		Document nation = this.markers.find(Filters.eq("_id", "nation")).first();
		return Optional.ofNullable(nation).map((found) -> found.get("firstYear") + "-" + found.get("lastYear"));
	}

}
