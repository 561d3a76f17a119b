package io.gongkai.analytics.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Which version of each province the read model holds (collection
 * {@code read_model_versions}, {@code _id} = province code, {@code version} counting up):
 * a round that changed a province, in whichever instance it ran, counts its version up
 * and announces it here at once ({@link ProvinceSynced}); every instance compares the
 * versions with those it loaded, so that it rebuilds what another instance brought in.
 */
@Component
public class ReadModelChanges {

	private static final Logger log = LoggerFactory.getLogger(ReadModelChanges.class);

	private static final FindOneAndUpdateOptions COUNT_UP = new FindOneAndUpdateOptions().upsert(true)
		.returnDocument(ReturnDocument.AFTER);

	private final ReadModelCollections collections;

	private final ApplicationEventPublisher events;

	ReadModelChanges(ReadModelCollections collections, ApplicationEventPublisher events) {
		this.collections = collections;
		this.events = events;
	}

	/**
	 * Counts the province's version up and announces the change in this instance. When
	 * the store does not take the new version, only this instance rebuilds the province
	 * now; the others do with the next change.
	 */
	void changed(String provinceCode, Instant at) {
		long version = 0;
		try {
			Document counted = collection().findOneAndUpdate(Filters.eq("_id", provinceCode),
					Updates.inc("version", 1L), COUNT_UP);
			version = (counted != null) ? ((Number) counted.get("version")).longValue() : 0;
		}
		catch (MongoException ex) {
			log.warn("Province {}: the new version of its read model could not be recorded ({})", provinceCode,
					ex.getMessage());
		}
		this.events.publishEvent(new ProvinceSynced(provinceCode, at, version));
	}

	/**
	 * The version of every province the read model holds.
	 * @throws MongoException when the store does not answer
	 */
	public Map<String, Long> versions() {
		Map<String, Long> versions = new HashMap<>();
		for (Document province : collection().find()) {
			Object version = province.get("version");
			if (version instanceof Number number) {
				versions.put(province.getString("_id"), number.longValue());
			}
		}
		return versions;
	}

	private MongoCollection<Document> collection() {
		return this.collections.versions();
	}

}
