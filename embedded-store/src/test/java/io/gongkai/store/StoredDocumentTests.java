package io.gongkai.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredDocumentTests {

	private final BsonDocumentType type = new BsonDocumentType();

	@Test
	void aDocumentComesBackWithTheSameJavaTypesAndLeavesTheBufferAfterIt() {
		Document document = new Document("_id", "r1").append("int", 1)
			.append("long", 1L)
			.append("double", 1.0)
			.append("decimal", new Decimal128(1L, 2L))
			.append("date", Instant.ofEpochMilli(1_700_000_000_123L))
			.append("objectId", new ObjectId())
			.append("binary", new BinData(new byte[] { 1, 2 }))
			.append("uuid", UUID.randomUUID())
			.append("null", null)
			.append("nested", new Document("values", new ArrayList<>(List.of(1, 2L, "three"))));

		ByteBuffer written = write(document, new Document("_id", "r2"));

		Document read = this.type.read(written).document();
		assertThat(read).isEqualTo(document);
		assertThat(read.get("int")).isInstanceOf(Integer.class);
		assertThat(read.get("long")).isInstanceOf(Long.class);
		assertThat(read.get("double")).isInstanceOf(Double.class);
		assertThat(this.type.read(written).document()).isEqualTo(new Document("_id", "r2"));
		assertThat(written.hasRemaining()).isFalse();
	}

	@Test
	void aDocumentWithAValueBsonHasNoTypeForIsWrittenWithJavaSerialisationAsBefore() {
		Document document = new Document("_id", "r1").append("missing", Missing.getInstance())
			.append("float", 1.5f)
			.append("short", (short) 2);

		ByteBuffer written = write(document, new Document("_id", "r2"));

		Document read = this.type.read(written).document();
		assertThat(read.keySet()).containsExactly("_id", "missing", "float", "short");
		// Missing has no equals: Java serialisation gives another instance, as it did
		assertThat(read.get("missing")).isInstanceOf(Missing.class);
		assertThat(read.get("float")).isEqualTo(1.5f);
		assertThat(read.get("short")).isEqualTo((short) 2);
		assertThat(this.type.read(written).document()).isEqualTo(new Document("_id", "r2"));
		assertThat(written.hasRemaining()).isFalse();
	}

	@Test
	void theMemoryOfADocumentGrowsWithItsValues() {
		Document small = new Document("_id", "r1");
		Document cells = new Document();
		for (int i = 0; i < 300; i++) {
			cells.append("c" + i, i);
		}
		Document large = new Document("_id", "r1").append("cells", cells);

		assertThat(this.type.getMemory(StoredDocument.of(small))).isPositive();
		assertThat(this.type.getMemory(StoredDocument.of(large))).isGreaterThan(300 * 8);
	}

	@Test
	void everyReadGivesACopyOfItsOwnThatLeavesTheStoredDocumentAsItWas() {
		StoredDocument stored = StoredDocument.of(new Document("_id", "r1").append("nested", new Document("a", 1)));

		Document first = stored.document();
		first.put("status", "changed");
		((Document) first.get("nested")).put("a", 2);

		assertThat(stored.document()).isEqualTo(new Document("_id", "r1").append("nested", new Document("a", 1)));
	}

	private ByteBuffer write(Document... documents) {
		WriteBuffer buffer = new WriteBuffer();
		for (Document document : documents) {
			this.type.write(buffer, StoredDocument.of(document));
		}
		ByteBuffer written = buffer.getBuffer();
		written.flip();
		return written;
	}

}
