package io.gongkai.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's H2 backend, answering more queries from an index. The library uses
 * an index only when a query names exactly a unique index's fields, accepts non-unique
 * indexes without using them, and runs an aggregation over the whole collection, so that
 * queries such as {@code {_id: x, revision: 7}} (the optimistic lock of every save),
 * {@code {province: p}} or a count of one province's documents read every document of the
 * collection. Here:
 * <ul>
 * <li>a query that fixes every field of a unique index to a value reads the documents
 * that index points to and checks the rest of the query on them, as MongoDB does;</li>
 * <li>unique indexes compare their keys value by value ({@link OrderedUniqueIndex}),
 * where the library's serialised every key it compared;</li>
 * <li>a non-unique index is an {@link EqualityIndex} on its first field, used in the same
 * way when the query gives that field a value;</li>
 * <li>an aggregation that starts with {@code $match} reads the documents that match as a
 * query does, through those indexes, and runs the other stages on them.</li>
 * </ul>
 * Documents are kept as BSON, encoded once when stored ({@link StoredDocument}), in maps
 * of their own ({@link DocumentMaps}); the library wrote them with Java serialisation
 * whenever their page was written. Unique indexes are kept in maps of their own too. A
 * file written by the plain library (or by a store before BSON) is refused when opened,
 * with the reason: its documents are in maps this store does not read. A renamed
 * collection's maps are renamed with it.
 */
final class IndexedLookups extends H2Backend {

	private IndexedLookups(MVStore store) {
		super(store);
	}

	/**
	 * A backend on the store file, created if missing, keeping up to
	 * {@code cacheMegabytes} of the file's pages in memory and committing at the latest
	 * when {@code commitBufferMegabytes} of changed pages wait to be written (else once a
	 * second). Each commit writes every changed page whole, and a page of documents
	 * inserted at random {@code _id}s is changed by about one insert per commit: the
	 * fewer commits, the less is written for the same inserts. Chunks of the file are
	 * compacted once less than half of them is still in use: H2's default of 90 % kept
	 * rewriting pages moved there a moment before. Both measured in
	 * {@code docs/benchmarks.md}.
	 */
	static IndexedLookups open(String file, int cacheMegabytes, int commitBufferMegabytes) {
		MVStore store = new MVStore.Builder().fileName(file)
			.cacheSize(cacheMegabytes)
			.autoCommitBufferSize(commitBufferMegabytes * 1024)
			.autoCompactFillRate(50)
			.open();
		try {
			DocumentMaps.refuseEarlierFormat(store, file);
		}
		catch (IllegalStateException ex) {
			store.close();
			throw ex;
		}
		return new IndexedLookups(store);
	}

	/** A backend holding everything in memory, for tests. */
	static IndexedLookups inMemoryOnly() {
		return new IndexedLookups(new MVStore.Builder().open());
	}

	/**
	 * {@code listDatabases} answered from the databases this backend holds: the library
	 * opens each database anew for it, and a database opened beside the one in use reads
	 * the namespaces while that one writes them, so that listing the databases while a
	 * collection is being created failed on the new collection's namespace.
	 */
	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if ("admin".equals(databaseName) && "listdatabases".equalsIgnoreCase(command)) {
			List<Document> databases = listDatabaseNames().stream().sorted().map((name) -> {
				MongoDatabase database = resolveDatabase(name);
				Document entry = new Document("name", database.getDatabaseName());
				entry.put("empty", database.isEmpty());
				return entry;
			}).toList();
			Document response = new Document("databases", databases);
			Utils.markOkay(response);
			return response;
		}
		return super.handleCommand(channel, databaseName, command, query);
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

		/**
		 * A unique index in a map compared value by value ({@link OrderedUniqueIndex}).
		 */
		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			MVStore store = getMvStore();
			String namespace = getFullCollectionNamespace(collectionName);
			return OrderedUniqueIndex.open(store, orderedIndexMap(namespace, indexName), indexName, keys, sparse);
		}

		@Override
		protected void dropIndex(MongoCollection<Object> collection, String indexName) {
			super.dropIndex(collection, indexName);
			removeIfPresent(getMvStore(), orderedIndexMap(collection.getFullName(), indexName));
		}

		/**
		 * A non-unique index whose first field is a top-level one is kept in memory for
		 * that field's values; others stay accepted and unused, as in the library.
		 */
		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			if (!keys.get(0).getKey().contains(".")
					&& resolveCollection(collectionName, false) instanceof IndexedCollection collection) {
				return new EqualityIndex(indexName, keys, sparse, collection::forEachDocument);
			}
			return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
		}

		@Override
		public Document handleCommand(Channel channel, String command, Document query,
				DatabaseResolver databaseResolver, Oplog oplog) {
			if ("aggregate".equalsIgnoreCase(command)) {
				Document answer = aggregateFromIndex(query, databaseResolver, oplog);
				if (answer != null) {
					return answer;
				}
			}
			return super.handleCommand(channel, command, query, databaseResolver, oplog);
		}

		/**
		 * An aggregation whose first stage is a {@code $match} that an index answers: the
		 * matching documents read as a query reads them, the other stages run on those.
		 * The same answer as the library's, which matches every document of the
		 * collection first; {@code null} for any other aggregation.
		 */
		private Document aggregateFromIndex(Document command, DatabaseResolver databaseResolver, Oplog oplog) {
			if (!(command.get("aggregate") instanceof String collectionName)
					|| !(command.get("pipeline") instanceof List<?> stages) || stages.isEmpty()
					|| !(stages.get(0) instanceof Document first) || first.size() != 1
					|| !(first.get("$match") instanceof Document match)
					|| !(resolveCollection(collectionName, false) instanceof IndexedCollection collection)
					|| collection.indexFor(IndexedCollection.withoutAnd(match)).isEmpty()) {
				return null;
			}
			List<Document> rest = new ArrayList<>();
			for (Object stage : stages.subList(1, stages.size())) {
				rest.add((Document) stage);
			}
			Aggregation aggregation = Aggregation.fromPipeline(rest, databaseResolver, this, collection, oplog);
			aggregation.validate(command);
			List<Document> results = aggregation.runStages(collection.handleQueryAsStream(match));
			Document cursor = new Document("id", 0L).append("ns", getFullCollectionNamespace(collectionName))
				.append("firstBatch", results);
			return new Document("cursor", cursor).append("ok", 1.0);
		}

		/**
		 * The collection's documents in their BSON map; its size in the library's meta
		 * map.
		 */
		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String namespace = getFullCollectionNamespace(collectionName);
			MVStore store = getMvStore();
			return new IndexedCollection(this, collectionName, options, DocumentMaps.open(store, namespace),
					store.openMap(metaMap(namespace)), this.cursorRegistry);
		}

		/** The library removes its maps of the collection; the BSON map goes too. */
		@Override
		public void dropCollection(String collectionName, Oplog oplog) {
			super.dropCollection(collectionName, oplog);
			DocumentMaps.remove(getMvStore(), getFullCollectionNamespace(collectionName));
		}

		/**
		 * A renamed collection's maps take its new name. The library's rename asks for
		 * the collection's name after changing it, so it renames maps of the new name,
		 * which it opens empty, to that same name: the documents, their size and the
		 * indexes stayed under the old name, where a restart does not look. The empty map
		 * of the library's left under the new name is removed.
		 */
		@Override
		public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
			super.moveCollection(oldDatabase, collection, newCollectionName);
			MVStore store = getMvStore();
			String namespace = getFullCollectionNamespace(newCollectionName);
			removeIfPresent(store, DocumentMaps.libraryName(namespace));
			if (collection instanceof IndexedCollection moved) {
				rename(store, moved.documents, DocumentMaps.name(namespace));
				rename(store, moved.meta, metaMap(namespace));
				for (Index<Object> index : moved.getIndexes()) {
					if (index instanceof OrderedUniqueIndex ordered) {
						rename(store, ordered.map(), orderedIndexMap(namespace, index.getName()));
					}
				}
			}
		}

	}

	private static String orderedIndexMap(String namespace, String indexName) {
		return namespace + "._bson_index_" + indexName;
	}

	/** The library's map of a collection's size, kept as it is. */
	private static String metaMap(String namespace) {
		return "meta." + namespace;
	}

	/**
	 * Gives {@code map} the name {@code name}, removing a map already called so (one the
	 * library's renames left).
	 */
	private static void rename(MVStore store, MVMap<?, ?> map, String name) {
		if (!name.equals(map.getName())) {
			removeIfPresent(store, name);
			store.renameMap(map, name);
		}
	}

	private static void removeIfPresent(MVStore store, String name) {
		if (store.hasMap(name)) {
			store.removeMap(name);
		}
	}

	/** An index and the part of a query on its fields. */
	private record IndexedPart(Index<Object> index, Document query) {

	}

	/**
	 * The library's H2 collection with its documents held as {@link StoredDocument}s:
	 * every method of the library's that reads or writes its map of documents is
	 * replaced, so that a document is encoded once when stored and each read gets a copy
	 * of its own. The library's collection changed a stored document in place when
	 * updating it, under the eyes of any reader given the same object.
	 */
	static final class IndexedCollection extends H2Collection {

		/**
		 * The library's collection keeps its maps to itself; they are renamed with it.
		 */
		final MVMap<Object, StoredDocument> documents;

		final MVMap<String, Object> meta;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		IndexedCollection(MongoDatabase database, String name, CollectionOptions options,
				MVMap<Object, StoredDocument> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
			// the library's methods on its map of documents are all replaced below
			super(database, name, options, (MVMap) documents, meta, cursors);
			this.documents = documents;
			this.meta = meta;
		}

		/**
		 * Passes every document with its position to {@code action}, reading one version
		 * of the collection throughout (see {@link #holdingVersion}).
		 */
		void forEachDocument(Consumer<DocumentWithPosition<Object>> action) {
			holdingVersion(() -> {
				streamAllDocumentsWithPosition().forEach(action);
				return null;
			});
		}

		/**
		 * Runs a read of the whole collection with its version registered as in use. A
		 * read goes on over the version it started on while others write, and H2 frees
		 * the chunks of versions older than its retention time (45 s) that nobody
		 * registered: a read of a large collection under writes otherwise ended in "Chunk
		 * … not found".
		 */
		private <T> T holdingVersion(Supplier<T> read) {
			MVStore store = this.documents.getStore();
			MVStore.TxCounter version = store.registerVersionUsage();
			try {
				return read.get();
			}
			finally {
				store.deregisterVersionUsage(version);
			}
		}

		@Override
		public void addIndex(Index<Object> index) {
			holdingVersion(() -> {
				super.addIndex(index);
				return null;
			});
		}

		@Override
		protected Object findDocumentPosition(Document document) {
			return holdingVersion(() -> super.findDocumentPosition(document));
		}

		@Override
		protected Object addDocumentInternal(Document document) {
			Object key = (getIdField() != null) ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
			if (this.documents.putIfAbsent(Missing.ofNullable(key), StoredDocument.of(document)) != null) {
				throw new IllegalStateException("A document with key '" + key + "' is already in " + this);
			}
			return key;
		}

		@Override
		public int count() {
			return this.documents.size();
		}

		@Override
		public boolean isEmpty() {
			return this.documents.isEmpty();
		}

		@Override
		protected Document getDocument(Object position) {
			StoredDocument stored = this.documents.get(position);
			return (stored != null) ? stored.document() : null;
		}

		@Override
		protected void removeDocument(Object position) {
			if (this.documents.remove(position) == null) {
				throw new NoSuchElementException("No document with key " + position);
			}
		}

		@Override
		protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
			return this.documents.entrySet()
				.stream()
				.map((entry) -> new DocumentWithPosition<>(entry.getValue().document(), entry.getKey()));
		}

		@Override
		protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Stream<Document> documents;
			if (isNaturalDescending(orderBy)) {
				documents = streamAllDocumentsWithPosition()
					.sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
					.map(DocumentWithPosition::getDocument);
			}
			else {
				documents = this.documents.values().stream().map(StoredDocument::document);
			}
			// the answer is collected before it returns
			return holdingVersion(() -> matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit,
					batchSize, fieldSelector));
		}

		/**
		 * As the library's, except that a projection that only leaves out top-level
		 * fields (report-service's pages of reports without their pending audit entry)
		 * removes them from the matched documents, which are copies of their own here,
		 * where the library copied each document whole first: a sixteenth of the store's
		 * time in a synchronisation.
		 */
		@Override
		protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int numberToSkip,
				int limit, int batchSize, Comparator<Document> order, Document fieldSelector) {
			List<String> leftOut = topLevelFieldsLeftOut(fieldSelector);
			if (leftOut == null) {
				return super.matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, order,
						fieldSelector);
			}
			Stream<Document> matched = documents.filter((document) -> documentMatchesQuery(document, query));
			if (order != null) {
				matched = matched.sorted(order);
			}
			if (numberToSkip > 0) {
				matched = matched.skip(numberToSkip);
			}
			if (limit > 0) {
				matched = matched.limit(limit);
			}
			List<Document> answer = matched.map((document) -> {
				leftOut.forEach(document::remove);
				return document;
			}).collect(Collectors.toList());
			return createQueryResult(answer, batchSize);
		}

		/**
		 * The fields a projection such as {@code {pendingAudit: 0}} leaves out, or
		 * {@code null} for any other projection (none, one that includes, one on a
		 * sub-document's field or with an operator).
		 */
		private static List<String> topLevelFieldsLeftOut(Document fieldSelector) {
			if (fieldSelector == null || fieldSelector.isEmpty()) {
				return null;
			}
			List<String> fields = new ArrayList<>();
			for (Map.Entry<String, Object> field : fieldSelector.entrySet()) {
				boolean leftOut = Boolean.FALSE.equals(field.getValue())
						|| (field.getValue() instanceof Number number && number.doubleValue() == 0);
				if (!leftOut || field.getKey().contains(".") || field.getKey().startsWith("$")) {
					return null;
				}
				fields.add(field.getKey());
			}
			return fields;
		}

		@Override
		protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
			this.documents.put(Missing.ofNullable(position), StoredDocument.of(newDocument));
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
				int batchSize, Document fieldSelector) {
			Document flat = withoutAnd(query);
			Optional<IndexedPart> part = indexFor(flat);
			if (part.isPresent()) {
				Iterable<Object> positions = part.get().index().getPositions(part.get().query());
				Document rest = answersWhole(part.get(), flat) ? new Document() : flat;
				return matchDocuments(rest, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
			}
			return super.queryDocuments(flat, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}

		/**
		 * Whether the documents a unique index points to are exactly those the query
		 * matches, so that matching them again can be left out: the query names only the
		 * index's one field, with a value or {@code $in} of values that compare as the
		 * index compares them (strings, numbers, object ids). Matching each of a page's
		 * 500 reports against an {@code $in} of 500 ids took a fifteenth of the store's
		 * time in a synchronisation.
		 */
		private static boolean answersWhole(IndexedPart part, Document query) {
			if (!part.index().isUnique() || part.index().getKeys().size() != 1 || part.query().size() != query.size()) {
				return false;
			}
			Object value = query.get(part.index().getKeys().get(0).getKey());
			if (value instanceof Document operator) {
				return operator.size() == 1 && operator.get("$in") instanceof List<?> values
						&& values.stream().allMatch(IndexedCollection::plain);
			}
			return plain(value);
		}

		/**
		 * {@code {$and: [{a: 1}, {b: 2}]}} as {@code {a: 1, b: 2}}, the same query: the
		 * Java driver sends {@code Filters.and} that way, and the library looks for an
		 * index only among a query's top-level fields. Left as it is when a field comes
		 * twice.
		 */
		static Document withoutAnd(Document query) {
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

		private static boolean plain(Object value) {
			return value instanceof String || value instanceof Number || value instanceof ObjectId;
		}

		/**
		 * The index that answers the part of a query on its fields (on the first field of
		 * an {@link EqualityIndex}), unique indexes first, which point to one document
		 * per value.
		 */
		Optional<IndexedPart> indexFor(Document query) {
			List<Index<Object>> indexes = new ArrayList<>(getIndexes());
			indexes.sort(Comparator.comparing((index) -> !index.isUnique()));
			for (Index<Object> index : indexes) {
				List<IndexKey> keys = (index instanceof EqualityIndex) ? index.getKeys().subList(0, 1)
						: index.getKeys();
				Document indexed = new Document();
				for (IndexKey key : keys) {
					if (query.containsKey(key.getKey())) {
						indexed.put(key.getKey(), query.get(key.getKey()));
					}
				}
				if (indexed.size() == keys.size() && index.canHandle(indexed)) {
					return Optional.of(new IndexedPart(index, indexed));
				}
			}
			return Optional.empty();
		}

	}

}
