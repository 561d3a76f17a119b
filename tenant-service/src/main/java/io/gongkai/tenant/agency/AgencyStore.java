package io.gongkai.tenant.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.gongkai.platform.problem.ProblemException;
import org.bson.Document;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The agencies of every province, in the registry database.
 */
@Component
class AgencyStore {

	private final MongoCollection<Document> agencies;

	AgencyStore(MongoDatabase registryDatabase) {
		this.agencies = registryDatabase.getCollection("agencies");
		this.agencies.createIndex(Indexes.ascending("provinceCode", "name"),
				new IndexOptions().unique(true).name("unique_name_per_province"));
	}

	Agency insert(Agency agency) {
		try {
			this.agencies.insertOne(toDocument(agency));
			return agency;
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new ProblemException(HttpStatus.CONFLICT, "agency-exists", "Agency already registered",
						"An agency with the id '" + agency.id() + "' or the name '" + agency.name()
								+ "' is already registered; edit it instead.");
			}
			throw exception;
		}
	}

	Optional<Agency> find(String provinceCode, String id) {
		return Optional
			.ofNullable(this.agencies.find(Filters.and(Filters.eq("_id", id), Filters.eq("provinceCode", provinceCode)))
				.first())
			.map(AgencyStore::fromDocument);
	}

	List<Agency> list(String provinceCode) {
		List<Agency> found = new ArrayList<>();
		this.agencies.find(Filters.eq("provinceCode", provinceCode))
			.sort(Sorts.ascending("regionCode", "name"))
			.forEach((document) -> found.add(fromDocument(document)));
		return found;
	}

	private static Document toDocument(Agency agency) {
		return new Document("_id", agency.id()).append("provinceCode", agency.provinceCode())
			.append("name", agency.name())
			.append("aliases", agency.aliases())
			.append("level", agency.level().name())
			.append("kind", agency.kind().name())
			.append("regionCode", agency.regionCode())
			.append("parentId", agency.parentId())
			.append("scope", agency.scope())
			.append("active", agency.active());
	}

	private static Agency fromDocument(Document document) {
		return new Agency(document.getString("_id"), document.getString("provinceCode"), document.getString("name"),
				document.getList("aliases", String.class, List.of()), AgencyLevel.valueOf(document.getString("level")),
				AgencyKind.valueOf(document.getString("kind")), document.getString("regionCode"),
				document.getString("parentId"), document.getString("scope"), document.getBoolean("active", true));
	}

}
