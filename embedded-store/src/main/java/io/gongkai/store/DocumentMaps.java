package io.gongkai.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps of the store file that hold a collection's documents, as BSON
 * ({@link BsonDocumentType}), keyed as the library keys them.
 *
 * <p>
 * The library keeps a collection's documents in the map
 * {@code databases.<database>.<collection>}, written with Java serialisation. A map does
 * not record how its values are written, so a map of the library's cannot be read as
 * BSON: the documents are in {@code databases.<database>.<collection>$bson}, and a file
 * that has maps of the library's (one written by the plain library, or by a store before
 * BSON) is refused. The prefix is the one by which the library finds a file's databases
 * on start and removes a dropped database's maps; the suffix cannot end the name of a
 * collection of the library's, which refuses a {@code $} in a collection's name.
 */
final class DocumentMaps {

	private static final String PREFIX = "databases.";

	private static final String SUFFIX = "$bson";

	private DocumentMaps() {
	}

	/** The name of the map of the collection {@code namespace}'s documents. */
	static String name(String namespace) {
		return PREFIX + namespace + SUFFIX;
	}

	/** The name of the library's map of the same documents. */
	static String libraryName(String namespace) {
		return PREFIX + namespace;
	}

	/** The map of the collection {@code namespace}'s documents, created if missing. */
	static MVMap<Object, StoredDocument> open(MVStore store, String namespace) {
		return store.openMap(name(namespace),
				new MVMap.Builder<Object, StoredDocument>().valueType(new BsonDocumentType()));
	}

	/**
	 * Refuses a file whose documents are in maps of the library's, which this store does
	 * not read: it would start with those collections empty.
	 * @throws IllegalStateException naming the file and what to do
	 */
	static void refuseEarlierFormat(MVStore store, String file) {
		for (String name : store.getMapNames()) {
			if (name.startsWith(PREFIX) && !name.endsWith(SUFFIX)) {
				throw new IllegalStateException("The store file " + file
						+ " was written by an earlier version of the store, which kept documents in a format this one does not read ("
						+ name + "); start with another data folder (GONGKAI_DATA_DIR) or move this one away");
			}
		}
	}

	/**
	 * Removes the map of the collection {@code namespace}'s documents, if there is one.
	 */
	static void remove(MVStore store, String namespace) {
		if (store.hasMap(name(namespace))) {
			store.removeMap(name(namespace));
		}
	}

}
