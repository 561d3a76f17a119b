package io.gongkai.store;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The type of the values of a collection's map of documents: {@link StoredDocument}s,
 * whose bytes are what the file holds. The library keeps documents in maps of H2's
 * generic type, which writes a document with Java serialisation whenever a page holding
 * it is written (a commit rewrites every changed leaf page, every document on it) and
 * reads it back the same way whenever its page is not in the cache: most of the store's
 * time in a large synchronisation. Writing and reading a page here copies each document's
 * bytes; a document is encoded when it is stored and decoded when it is read.
 */
final class BsonDocumentType extends BasicDataType<StoredDocument> {

	/**
	 * What the document takes on the heap, its bytes and the objects holding them: H2
	 * weighs the pages it caches and splits by this estimate.
	 */
	@Override
	public int getMemory(StoredDocument document) {
		return 48 + document.size();
	}

	@Override
	public void write(WriteBuffer buffer, StoredDocument document) {
		document.writeTo(buffer);
	}

	@Override
	public StoredDocument read(ByteBuffer buffer) {
		return StoredDocument.read(buffer);
	}

	@Override
	public StoredDocument[] createStorage(int size) {
		return new StoredDocument[size];
	}

}
