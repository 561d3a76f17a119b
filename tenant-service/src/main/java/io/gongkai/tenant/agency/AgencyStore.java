package io.gongkai.tenant.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.problem.TenantProblem;
import io.gongkai.tenant.province.ProvinceCatalogue;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Component;

/**
 * The agencies of every province, in the registry database. Changes are compare-and-set
 * on the agency's version, so that two editors never overwrite each other silently (the
 * store has no transactions, and needs none for that).
 */
@Component
public class AgencyStore {

	private static final int BATCH = 1000;

	private final MongoCollection<Document> agencies;

	AgencyStore(MongoDatabase registryDatabase) {
		this.agencies = registryDatabase.getCollection("agencies");
		this.agencies.createIndex(Indexes.ascending("provinceCode", "name"),
				new IndexOptions().unique(true).name("unique_name_per_province"));
		this.agencies.createIndex(Indexes.ascending("provinceCode", "parentId"),
				new IndexOptions().name("subordinates"));
		this.agencies.createIndex(Indexes.ascending("provinceCode", "regionCode", "name"),
				new IndexOptions().name("listing_order"));
	}

	Agency insert(Agency agency) {
		try {
			this.agencies.insertOne(toDocument(agency));
			return agency;
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new ProblemException(TenantProblem.AGENCY_EXISTS, agency.id(), agency.name());
			}
			throw exception;
		}
	}

	/**
	 * Replaces an agency if it is still at {@code expectedVersion}.
	 * @return whether it was replaced
	 */
	boolean replace(Agency agency, long expectedVersion) {
		try {
			return this.agencies
				.replaceOne(versioned(agency.provinceCode(), agency.id(), expectedVersion), toDocument(agency))
				.getMatchedCount() == 1;
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new ProblemException(TenantProblem.AGENCY_NAME_TAKEN,
						ProvinceCatalogue.named(agency.provinceCode()), agency.name())
					.with("field", "name");
			}
			throw exception;
		}
	}

	/**
	 * Writes new and changed agencies in unordered batches, each change only if its
	 * agency is still at the version it was read at.
	 * @param created agencies to insert
	 * @param changed agencies to replace, each at the version after the one read
	 * @return the agencies that could not be written, with the reason
	 */
	public List<WriteFailure> write(List<Agency> created, List<Agency> changed) {
		List<Agency> all = new ArrayList<>(created);
		all.addAll(changed);
		List<WriteFailure> failures = new ArrayList<>();
		for (int start = 0; start < all.size(); start += BATCH) {
			List<Agency> batch = all.subList(start, Math.min(all.size(), start + BATCH));
			List<WriteModel<Document>> models = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				Agency agency = batch.get(i);
				models.add((start + i < created.size()) ? new InsertOneModel<>(toDocument(agency))
						: new ReplaceOneModel<>(versioned(agency.provinceCode(), agency.id(), agency.version() - 1),
								toDocument(agency)));
			}
			int replacements = batch.size() - Math.max(0, Math.min(batch.size(), created.size() - start));
			int matched;
			try {
				matched = this.agencies.bulkWrite(models, new BulkWriteOptions().ordered(false)).getMatchedCount();
			}
			catch (MongoBulkWriteException exception) {
				matched = exception.getWriteResult().getMatchedCount();
				for (BulkWriteError error : exception.getWriteErrors()) {
					failures.add(new WriteFailure(batch.get(error.getIndex()).id(),
							(error.getCategory() == ErrorCategory.DUPLICATE_KEY)
									? "another agency with this id or name was registered meanwhile"
									: "the store refused it: " + error.getMessage()));
				}
			}
			if (matched == replacements) {
				continue;
			}
			for (int i = Math.max(0, created.size() - start); i < batch.size(); i++) {
				Agency agency = batch.get(i);
				Document stored = this.agencies.find(Filters.eq("_id", agency.id())).first();
				Number version = (stored != null) ? stored.get("version", Number.class) : null;
				boolean reported = failures.stream().anyMatch((failure) -> failure.id().equals(agency.id()));
				if (!reported && (version == null || version.longValue() != agency.version())) {
					failures.add(new WriteFailure(agency.id(), "it was changed by someone else meanwhile"));
				}
			}
		}
		return failures;
	}

	/**
	 * An agency an import could not write.
	 *
	 * @param id the agency
	 * @param reason why
	 */
	public record WriteFailure(String id, String reason) {

	}

	public Optional<Agency> find(String provinceCode, String id) {
		return Optional
			.ofNullable(this.agencies.find(Filters.and(Filters.eq("_id", id), Filters.eq("provinceCode", provinceCode)))
				.first())
			.map(AgencyStore::fromDocument);
	}

	AgencyPage list(String provinceCode, AgencyQuery query) {
		Bson filter = filter(provinceCode, query);
		List<Agency> found = new ArrayList<>();
		this.agencies.find(filter)
			.sort(Sorts.ascending("regionCode", "name", "_id"))
			.skip(query.page() * query.size())
			.limit(query.size())
			.forEach((document) -> found.add(fromDocument(document)));
		return new AgencyPage(found, query.page(), query.size(), this.agencies.countDocuments(filter));
	}

	/**
	 * Every agency of a province, in listing order, without holding them all.
	 */
	public void forEach(String provinceCode, Consumer<Agency> action) {
		this.agencies.find(Filters.eq("provinceCode", provinceCode))
			.sort(Sorts.ascending("regionCode", "name", "_id"))
			.forEach((document) -> action.accept(fromDocument(document)));
	}

	public List<Agency> all(String provinceCode) {
		List<Agency> all = new ArrayList<>();
		forEach(provinceCode, all::add);
		return all;
	}

	private static Bson filter(String provinceCode, AgencyQuery query) {
		List<Bson> filters = new ArrayList<>(List.of(Filters.eq("provinceCode", provinceCode)));
		if (query.level() != null) {
			filters.add(Filters.eq("level", query.level().name()));
		}
		if (query.kind() != null) {
			filters.add(Filters.eq("kind", query.kind().name()));
		}
		if (query.active() != null) {
			filters.add(Filters.eq("active", query.active()));
		}
		if (query.parentId() != null) {
			filters.add(Filters.eq("parentId", query.parentId()));
		}
		if (query.name() != null && !query.name().isBlank()) {
			Pattern contains = Pattern.compile(Pattern.quote(query.name().strip()), Pattern.CASE_INSENSITIVE);
			filters.add(Filters.or(Filters.regex("name", contains), Filters.regex("aliases", contains)));
		}
		if (query.year() != null) {
			filters.add(Filters.or(Filters.eq("createdYear", null), Filters.lte("createdYear", query.year())));
			filters.add(Filters.or(Filters.eq("abolishedYear", null), Filters.gte("abolishedYear", query.year())));
		}
		return Filters.and(filters);
	}

	/**
	 * The agency at a version; agencies written before versions existed are at 0.
	 */
	private static Bson versioned(String provinceCode, String id, long version) {
		Bson atVersion = (version == 0) ? Filters.or(Filters.eq("version", 0L), Filters.eq("version", null))
				: Filters.eq("version", version);
		return Filters.and(Filters.eq("_id", id), Filters.eq("provinceCode", provinceCode), atVersion);
	}

	/**
	 * The agency as {@code agencies} stores it (also how the benchmarks' synthetic
	 * registry is written, so that it never drifts from this format).
	 */
	public static Document toDocument(Agency agency) {
		return new Document("_id", agency.id()).append("provinceCode", agency.provinceCode())
			.append("name", agency.name())
			.append("aliases", agency.aliases())
			.append("level", agency.level().name())
			.append("kind", agency.kind().name())
			.append("regionCode", agency.regionCode())
			.append("parentId", agency.parentId())
			.append("scope", agency.scope())
			.append("active", agency.active())
			.append("createdYear", agency.createdYear())
			.append("abolishedYear", agency.abolishedYear())
			.append("mergedInto", agency.mergedInto())
			.append("version", agency.version());
	}

	private static Agency fromDocument(Document document) {
		Number version = document.get("version", Number.class);
		return new Agency(document.getString("_id"), document.getString("provinceCode"), document.getString("name"),
				document.getList("aliases", String.class, List.of()), AgencyLevel.valueOf(document.getString("level")),
				AgencyKind.valueOf(document.getString("kind")), document.getString("regionCode"),
				document.getString("parentId"), document.getString("scope"), document.getBoolean("active", true),
				document.getInteger("createdYear"), document.getInteger("abolishedYear"),
				document.getString("mergedInto"), (version != null) ? version.longValue() : 0L);
	}

}
