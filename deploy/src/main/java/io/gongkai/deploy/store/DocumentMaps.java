package io.gongkai.deploy.store;

import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The maps of the store file that hold a collection's documents, as BSON
 * ({@link BsonDocumentType}), keyed as the library keys them.
 *
 * <p>
 * The library keeps a collection's documents in the map
 * {@code databases.<database>.<collection>}, written with Java serialisation. A map does
 * not record how its values are written, so a map of the library's cannot be read as
 * BSON: the documents move to {@code databases.<database>.<collection>$bson}, once, when
 * a file that still has the library's map is opened. The prefix is the one by which the
 * library finds a file's databases on start and removes a dropped database's maps; the
 * suffix cannot end the name of a collection of the library's, which refuses a {@code $}
 * in a collection's name.
 */
final class DocumentMaps {

	private static final Logger logger = LoggerFactory.getLogger(DocumentMaps.class);

	private static final String PREFIX = "databases.";

	private static final String SUFFIX = "$bson";

	private static final int COPY_CACHE_MEGABYTES = 16;

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

	/**
	 * The map of the collection {@code namespace}'s documents, created if missing. The
	 * library's map of that collection, if the file has one, is copied in and removed; a
	 * copy cut short by a crash is done again on the next start, as the library's map is
	 * removed only after it.
	 */
	static MVMap<Object, StoredDocument> open(MVStore store, String namespace) {
		MVMap<Object, StoredDocument> documents = store.openMap(name(namespace),
				new MVMap.Builder<Object, StoredDocument>().valueType(new BsonDocumentType()));
		String libraryName = libraryName(namespace);
		if (store.hasMap(libraryName)) {
			MVMap<Object, Document> library = store.openMap(libraryName);
			if (!library.isEmpty()) {
				logger.info("Storing the {} documents of {} as BSON", library.sizeAsLong(), namespace);
				copy(store, library, documents);
			}
			store.removeMap(library);
		}
		return documents;
	}

	/**
	 * Copies the documents of the library's map with a small page cache, emptied after.
	 * H2's generic type weighs a document in the cache at twice its serialised size,
	 * about two fifths of what it takes on the heap: a cache filled with the library's
	 * pages could hold two and a half times its size and run the store out of memory.
	 */
	private static void copy(MVStore store, MVMap<Object, Document> library, MVMap<Object, StoredDocument> documents) {
		int cacheMegabytes = store.getCacheSize();
		setCacheMegabytes(store, COPY_CACHE_MEGABYTES);
		try {
			for (Map.Entry<Object, Document> document : library.entrySet()) {
				documents.put(document.getKey(), StoredDocument.of(document.getValue()));
			}
		}
		finally {
			setCacheMegabytes(store, cacheMegabytes);
		}
	}

	/**
	 * Sets the size of the page cache and empties it. MVStore takes the size in
	 * kilobytes, though it gives it in megabytes.
	 */
	private static void setCacheMegabytes(MVStore store, int megabytes) {
		store.setCacheSize(megabytes * 1024);
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
