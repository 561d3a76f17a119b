package io.gongkai.deploy.store;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A collection's documents as the store file holds them: BSON, written and read by the
 * library's own encoder and decoder, the form in which documents come and go on the wire.
 * The library keeps documents in maps of H2's generic type, which writes a document with
 * Java serialisation whenever a page holding it is written (a commit rewrites every
 * changed leaf page, every document on it) and reads it back the same way whenever its
 * page is not in the cache: most of the store's time in a large synchronisation.
 *
 * <p>
 * Each value starts with a byte saying how the document follows. A document the encoder
 * refuses, because a value has no BSON type (the library's {@code Missing}, which it
 * keeps out of stored documents, or a Java number type that no client sends and
 * arithmetic on client values does not produce), is written with Java serialisation as
 * before: a value that cannot be written would fail the write of its page, and with it
 * the store.
 *
 * <p>
 * Values read back are the decoder's: arrays come back as lists and any map as a
 * {@link Document}, as they arrive from a client; a date keeps milliseconds, as BSON does
 * ({@code $currentDate} and {@code $$NOW} put a finer time in a document, which clients
 * see in milliseconds all the same).
 */
final class BsonDocumentType extends BasicDataType<Document> {

	private static final byte BSON = 0;

	private static final byte JAVA_SERIALISATION = 1;

	private final ObjectDataType javaSerialisation = new ObjectDataType();

	/**
	 * What the document takes on the heap, roughly: H2 weighs the pages it caches and
	 * splits by this estimate. It walks the document's values without encoding them, and
	 * H2 asks it only for a sample of the documents it stores or reads.
	 */
	@Override
	public int getMemory(Document document) {
		return heapEstimate(document);
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		if (!writeBson(buffer, BSON, document)) {
			buffer.put(JAVA_SERIALISATION);
			this.javaSerialisation.write(buffer, document);
		}
	}

	@Override
	public Document read(ByteBuffer buffer) {
		byte format = buffer.get();
		if (format == JAVA_SERIALISATION) {
			return (Document) this.javaSerialisation.read(buffer);
		}
		if (format != BSON) {
			throw new IllegalStateException("Unknown format " + format + " of a stored document");
		}
		return readBson(buffer);
	}

	/**
	 * Writes {@code format} and the document as BSON, unless the encoder refuses one of
	 * its values.
	 * @return whether it was written; nothing is written if not
	 */
	static boolean writeBson(WriteBuffer buffer, byte format, Map<String, ?> document) {
		ByteBuf bson = ByteBufAllocator.DEFAULT.heapBuffer();
		try {
			BsonEncoder.encodeDocument(document, bson);
			buffer.put(format).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
			return true;
		}
		catch (IllegalArgumentException noBsonType) {
			return false;
		}
		finally {
			bson.release();
		}
	}

	/** The BSON document that starts at the buffer's position, which moves past it. */
	static Document readBson(ByteBuffer buffer) {
		ByteBuf bson = Unpooled.wrappedBuffer(buffer.duplicate());
		Document document = BsonDecoder.decodeBson(bson);
		buffer.position(buffer.position() + bson.readerIndex());
		return document;
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

	private static int heapEstimate(Object value) {
		if (value instanceof Map<?, ?> map) {
			// the map, its table, and for each field an entry, the name and the value
			int memory = 64 + 8 * map.size();
			for (Map.Entry<?, ?> field : map.entrySet()) {
				memory += 40 + heapEstimate(field.getKey()) + heapEstimate(field.getValue());
			}
			return memory;
		}
		if (value instanceof Collection<?> values) {
			int memory = 32 + 8 * values.size();
			for (Object element : values) {
				memory += heapEstimate(element);
			}
			return memory;
		}
		if (value instanceof String string) {
			return 24 + 2 * string.length();
		}
		if (value instanceof BinData binary) {
			return 32 + binary.getData().length;
		}
		// null, a number, a boolean, a date, an ObjectId...
		return (value != null) ? 24 : 0;
	}

}
