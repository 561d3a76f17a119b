package io.gongkai.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.bson.Document;
import io.gongkai.store.IndexedLookups.IndexedCollection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WholeCollectionReadTests {

	private static final int DOCUMENTS = 3000;

	@TempDir
	Path data;

	/**
	 * A read of a whole collection goes on over the version it started on. While it runs,
	 * every document is replaced a few times and each change committed; with a retention
	 * time of zero and a page cache of 1 MB, the chunks of the version being read would
	 * be freed at once and the read would end in "Chunk … not found" (or read pages
	 * written over) if the read had not registered its version.
	 */
	@Test
	void aReadOfAWholeCollectionSeesEveryDocumentOfItsVersionWhileAllAreReplacedAndCommitted() throws Exception {
		Path file = this.data.resolve("store/gongkai.mv");
		Files.createDirectories(file.getParent());
		IndexedLookups backend = IndexedLookups.open(file.toString(), 1, 16);
		try {
			MVStore store = backend.getMvStore();
			store.setRetentionTime(0);
			IndexedCollection collection = (IndexedCollection) backend.resolveDatabase("gongkai_test")
				.createCollectionOrThrowIfExists("reports", CollectionOptions.withDefaults());
			for (int i = 0; i < DOCUMENTS; i++) {
				collection.addDocument(report(i, 1));
			}
			store.commit();

			List<Object> versionsRead = new ArrayList<>();
			collection.forEachDocument((read) -> {
				if (versionsRead.isEmpty()) {
					replaceEveryReport(collection, store);
				}
				versionsRead.add(read.getDocument().get("version"));
			});

			assertThat(versionsRead).hasSize(DOCUMENTS).containsOnly(1);
			assertThat(collection.handleQueryAsStream(new Document("version", 4))).hasSize(DOCUMENTS);
		}
		finally {
			backend.close();
		}
	}

	private static void replaceEveryReport(MongoCollection<Object> collection, MVStore store) {
		for (int version = 2; version <= 4; version++) {
			for (int i = 0; i < DOCUMENTS; i++) {
				collection.removeDocument(new Document("_id", id(i)));
				collection.addDocument(report(i, version));
			}
			store.commit();
			store.compactFile(1000);
		}
	}

	private static Document report(int i, int version) {
		return new Document("_id", id(i)).append("version", version).append("text", "公开".repeat(200));
	}

	private static String id(int i) {
		return String.format("report-%05d", i);
	}

}
