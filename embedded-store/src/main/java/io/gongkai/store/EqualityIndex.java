package io.gongkai.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique index, held in memory, on the values of its first field. The library
 * accepts such an index but never uses it, so that a query on a field such as
 * {@code province} read every document of the collection. This one answers a query that
 * gives the index's first field a plain value or an {@code $in} of plain values, as
 * MongoDB uses a prefix of a compound index (a registry's {@code provinceCode, name}
 * answers a query on {@code provinceCode}); the collection still checks every document it
 * points to against the whole query, so the index only narrows what is read. It is built
 * from the collection's documents when a query first needs it, so that indexes no query
 * reads by value (sort orders, expiry times) cost neither memory nor start-up time.
 * Positions are the documents' {@code _id}s, as in the library's H2 collections; every
 * query and change passes through the collection's lock.
 */
final class EqualityIndex extends Index<Object> {

	private static final String ID = "_id";

	private static final String IN = "$in";

	private final String field;

	private final Map<KeyValue, Set<Object>> positions = new HashMap<>();

	private final Consumer<Consumer<DocumentWithPosition<Object>>> documents;

	private boolean built;

	private long entries;

	/**
	 * @param documents passes each of the collection's documents with its position to the
	 * given action, when a query first needs the index
	 */
	EqualityIndex(String name, List<IndexKey> keys, boolean sparse,
			Consumer<Consumer<DocumentWithPosition<Object>>> documents) {
		super(name, keys, sparse);
		this.field = keys.get(0).getKey();
		this.documents = documents;
	}

	@Override
	public Object getPosition(Document document) {
		// not unique: a document's position is its _id index's
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Object> collection) {
		// any value may come any number of times
	}

	@Override
	public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
		if (this.built) {
			index(document, position);
		}
	}

	private void index(Document document, Object position) {
		for (KeyValue key : firstFieldKeys(document)) {
			if (this.positions.computeIfAbsent(key, (value) -> new HashSet<>()).add(position)) {
				this.entries++;
			}
		}
	}

	@Override
	public synchronized Object remove(Document document) {
		Object position = document.get(ID);
		if (!this.built) {
			return position;
		}
		boolean found = false;
		for (KeyValue key : firstFieldKeys(document)) {
			found |= forget(key, position);
		}
		return found ? position : null;
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
		// any value may come any number of times
	}

	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
			MongoCollection<Object> collection) {
		if (!this.built) {
			return;
		}
		Set<KeyValue> before = firstFieldKeys(oldDocument);
		Set<KeyValue> after = firstFieldKeys(newDocument);
		if (before.equals(after)) {
			return;
		}
		before.forEach((key) -> forget(key, position));
		index(newDocument, position);
	}

	@Override
	public boolean canHandle(Document query) {
		return query.size() == 1 && queriedKeys(query.get(this.field)) != null;
	}

	@Override
	public synchronized Iterable<Object> getPositions(Document query) {
		if (!this.built) {
			this.documents.accept((stored) -> index(stored.getDocument(), stored.getPosition()));
			this.built = true;
		}
		List<Object> found = new ArrayList<>();
		Collection<KeyValue> keys = queriedKeys(query.get(this.field));
		if (keys != null) {
			for (KeyValue key : keys) {
				found.addAll(this.positions.getOrDefault(key, Set.of()));
			}
		}
		return found;
	}

	@Override
	public synchronized long getCount() {
		return this.entries;
	}

	/**
	 * Never empty for the library, which would otherwise read every document to fill the
	 * index when it is opened.
	 */
	@Override
	public boolean isEmpty() {
		return false;
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public synchronized void drop() {
		this.positions.clear();
		this.built = false;
		this.entries = 0;
	}

	/**
	 * The keys of a document's value of the index's first field, made as a query's value
	 * is made into keys ({@link #queriedKeys}).
	 */
	private Set<KeyValue> firstFieldKeys(Document document) {
		return getKeyValues(new Document(this.field, document.get(this.field)));
	}

	private boolean forget(KeyValue key, Object position) {
		Set<Object> held = this.positions.get(key);
		if (held == null || !held.remove(position)) {
			return false;
		}
		this.entries--;
		if (held.isEmpty()) {
			this.positions.remove(key);
		}
		return true;
	}

	/**
	 * The index keys a queried value stands for, normalised as the library normalises a
	 * document's values (so that {@code 1}, {@code 1L} and {@code 1.0} meet);
	 * {@code null} for a value this index does not answer: {@code null} (which also
	 * matches a missing field), arrays, sub-documents and operators other than
	 * {@code $in}.
	 */
	private Collection<KeyValue> queriedKeys(Object queried) {
		if (isPlain(queried)) {
			return getKeyValues(new Document(this.field, queried));
		}
		if (queried instanceof Document operators && operators.size() == 1
				&& operators.get(IN) instanceof Collection<?> values) {
			Set<KeyValue> keys = new LinkedHashSet<>();
			for (Object value : values) {
				if (!isPlain(value)) {
					return null;
				}
				keys.addAll(getKeyValues(new Document(this.field, value)));
			}
			return keys;
		}
		return null;
	}

	private static boolean isPlain(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof ObjectId || value instanceof java.util.Date || value instanceof Instant;
	}

}
