package io.gongkai.store;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A stored document in the form the store file holds it, encoded once when it is written
 * and decoded into a new {@link Document} each time it is read. A page of the file holds
 * its documents in this form, so that writing a page again (H2 rewrites every changed
 * leaf page whole at each commit, and compaction moves pages from chunk to chunk) copies
 * bytes instead of encoding each of its documents, and reading a page from the file
 * decodes none of them. Immutable: no caller can change a stored document in place.
 *
 * <p>
 * The bytes start with a byte saying how the document follows: {@link #BSON}, written and
 * read by the library's own encoder and decoder, or, for a document the encoder refuses
 * because a value has no BSON type (the library's {@code Missing}, or a Java number type
 * that no client sends and arithmetic on client values does not produce),
 * {@link #JAVA_SERIALISATION} as the library wrote every document: a value that cannot be
 * written would fail the write of its page, and with it the store.
 *
 * <p>
 * Documents read back are the decoder's: arrays come back as lists and any map as a
 * {@link Document}, as they arrive from a client; a date keeps milliseconds, as BSON does
 * ({@code $currentDate} and {@code $$NOW} put a finer time in a document, which clients
 * see in milliseconds all the same).
 */
final class StoredDocument {

	static final byte BSON = 0;

	static final byte JAVA_SERIALISATION = 1;

	private final byte[] encoded;

	private StoredDocument(byte[] encoded) {
		this.encoded = encoded;
	}

	/** The document encoded, as BSON unless a value has no BSON type. */
	static StoredDocument of(Document document) {
		ByteBuf bson = Unpooled.buffer(256);
		try {
			bson.writeByte(BSON);
			BsonEncoder.encodeDocument(document, bson);
			byte[] encoded = new byte[bson.readableBytes()];
			bson.readBytes(encoded);
			return new StoredDocument(encoded);
		}
		catch (IllegalArgumentException noBsonType) {
			WriteBuffer serialised = new WriteBuffer(256);
			serialised.put(JAVA_SERIALISATION);
			new ObjectDataType().write(serialised, document);
			ByteBuffer written = serialised.getBuffer().flip();
			byte[] encoded = new byte[written.remaining()];
			written.get(encoded);
			return new StoredDocument(encoded);
		}
		finally {
			bson.release();
		}
	}

	/**
	 * The stored document that starts at the buffer's position, as the file holds it; the
	 * buffer's position moves past it.
	 */
	static StoredDocument read(ByteBuffer buffer) {
		int start = buffer.position();
		byte format = buffer.get();
		if (format == BSON) {
			// BSON starts with its own length, little-endian; the buffer is big-endian
			buffer.position(buffer.position() + Integer.reverseBytes(buffer.getInt(buffer.position())));
		}
		else if (format == JAVA_SERIALISATION) {
			new ObjectDataType().read(buffer);
		}
		else {
			throw new IllegalStateException("Unknown format " + format + " of a stored document");
		}
		byte[] encoded = new byte[buffer.position() - start];
		buffer.get(start, encoded);
		return new StoredDocument(encoded);
	}

	/** Writes the document as the file holds it. */
	void writeTo(WriteBuffer buffer) {
		buffer.put(this.encoded);
	}

	/** A new copy of the document, which the caller may change. */
	Document document() {
		if (this.encoded[0] == BSON) {
			return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(this.encoded, 1, this.encoded.length - 1));
		}
		return (Document) new ObjectDataType().read(ByteBuffer.wrap(this.encoded, 1, this.encoded.length - 1));
	}

	/** How many bytes the file holds for it. */
	int size() {
		return this.encoded.length;
	}

}
