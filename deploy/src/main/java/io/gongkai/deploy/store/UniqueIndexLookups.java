package io.gongkai.deploy.store;

import java.util.List;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's H2 backend, answering more queries from a unique index. The
 * library uses an index only when a query names exactly the index's fields, so a query
 * such as {@code {_id: x, revision: 7}} (the optimistic lock of every save) scanned the
 * whole collection. Here a query that fixes every field of a unique index to a plain
 * value reads the one document that index points to and checks the rest of the query on
 * it, as MongoDB does. Data files are the library's own: the maps keep their names.
 */
final class UniqueIndexLookups extends H2Backend {

	private UniqueIndexLookups(MVStore store) {
		super(store);
	}

	/** A backend on the store file, created if missing. */
	static UniqueIndexLookups open(String file) {
		return new UniqueIndexLookups(MVStore.open(file));
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getCursorRegistry());
	}

	/**
	 * Inner, not static: the library opens a database's collections inside the
	 * constructors, before any field of a subclass is set; the backend's store is set by
	 * then.
	 */
	private final class Database extends H2Database {

		Database(String name, CursorRegistry cursors) {
			super(name, getMvStore(), cursors);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			// the same map names as H2Database, so that existing data files open
			// unchanged
			String namespace = getFullCollectionNamespace(collectionName);
			MVStore store = getMvStore();
			return new IndexedCollection(this, collectionName, options, store.openMap("databases." + namespace),
					store.openMap("meta." + namespace), this.cursorRegistry);
		}

	}

	private static final class IndexedCollection extends H2Collection {

		IndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
				MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, name, options, data, meta, cursors);
		}

		/**
		 * The library answers with the stored document itself, which the next update
		 * changes in place, perhaps before this answer is written to the connection: two
		 * {@code $inc}s at once could both answer the second value (a counter handing out
		 * a number twice). The answer is a copy taken while the collection is locked.
		 */
		@Override
		public synchronized Document findAndModify(Document query) {
			Document answer = super.findAndModify(query);
			return (answer != null) ? answer.cloneDeeply() : null;
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Document flat = withoutAnd(query);
			Optional<Iterable<Object>> positions = uniqueIndexPositions(flat);
			if (positions.isPresent()) {
				return matchDocuments(flat, positions.get(), orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			return super.queryDocuments(flat, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

		/**
		 * {@code {$and: [{a: 1}, {b: 2}]}} as {@code {a: 1, b: 2}}, the same query: the
		 * Java driver sends {@code Filters.and} that way, and the library looks for an
		 * index only among a query's top-level fields. Left as it is when a field comes
		 * twice.
		 */
		private static Document withoutAnd(Document query) {
			if (query.size() != 1 || !(query.get("$and") instanceof List<?> clauses)) {
				return query;
			}
			Document flat = new Document();
			for (Object clause : clauses) {
				if (!(clause instanceof Document fields)) {
					return query;
				}
				for (String field : fields.keySet()) {
					if (flat.containsKey(field)) {
						return query;
					}
					flat.put(field, fields.get(field));
				}
			}
			return flat;
		}

		/**
		 * Where the documents a query can match are, when it names every field of a
		 * unique index in a way that index answers (a value, {@code $in} of values) and
		 * names more fields besides: the library handles a query on exactly the index's
		 * fields itself.
		 */
		private Optional<Iterable<Object>> uniqueIndexPositions(Document query) {
			for (Index<Object> index : getIndexes()) {
				List<IndexKey> keys = index.getKeys();
				if (!index.isUnique() || keys.size() >= query.size()) {
					continue;
				}
				Document indexed = new Document();
				for (IndexKey key : keys) {
					if (query.containsKey(key.getKey())) {
						indexed.put(key.getKey(), query.get(key.getKey()));
					}
				}
				if (indexed.size() == keys.size() && index.canHandle(indexed)) {
					return Optional.of(index.getPositions(indexed));
				}
			}
			return Optional.empty();
		}

	}

}
