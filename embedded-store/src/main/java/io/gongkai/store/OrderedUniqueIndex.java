package io.gongkai.store;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index in an H2 map whose keys are compared value by value, as MongoDB orders
 * values. The library's unique index keeps its keys in a map of H2's generic type, which
 * compares two keys of a class it does not know by serialising both with Java
 * serialisation on every comparison: a look-up by {@code _id} in a collection of a
 * million documents serialised some forty keys. Keys are written as BSON
 * ({@link KeyValueOrder}), so this index lives in a map of its own name and is filled
 * from the collection's documents when it is first opened on an existing file.
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

	private final MVMap<KeyValue, Object> keys;

	private OrderedUniqueIndex(MVMap<KeyValue, Object> keys, String name, List<IndexKey> fields, boolean sparse) {
		super(name, fields, sparse);
		this.keys = keys;
	}

	/** The index in the store's map {@code mapName}, created if missing. */
	static OrderedUniqueIndex open(MVStore store, String mapName, String name, List<IndexKey> fields, boolean sparse) {
		MVMap<KeyValue, Object> keys = store.openMap(mapName,
				new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueOrder()));
		return new OrderedUniqueIndex(keys, name, fields, sparse);
	}

	/** The map the index is kept in, renamed with its collection. */
	MVMap<KeyValue, Object> map() {
		return this.keys;
	}

	@Override
	protected Object removeDocument(KeyValue key) {
		return this.keys.remove(key);
	}

	@Override
	protected boolean putKeyPosition(KeyValue key, Object position) {
		return this.keys.putIfAbsent(key, Missing.ofNullable(position)) == null;
	}

	@Override
	protected Iterable<Entry<KeyValue, Object>> getIterable() {
		return this.keys.entrySet();
	}

	@Override
	protected Object getPosition(KeyValue key) {
		return this.keys.get(key);
	}

	@Override
	public long getCount() {
		return this.keys.sizeAsLong();
	}

	@Override
	public boolean isEmpty() {
		return this.keys.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

	@Override
	public void drop() {
		this.keys.clear();
	}

	/**
	 * Keys compared value by value in MongoDB's order of values, and written as BSON (an
	 * index's keys are written whenever a page of them is, as documents are): H2's
	 * generic type wrote them with Java serialisation, which took a seventh of the
	 * store's time in a large synchronisation. A key of one string (an {@code _id} such
	 * as a report's) is written as the string alone, without the BSON document around it,
	 * which took another tenth. A key the BSON encoder refuses (one with the library's
	 * {@code Missing}) is written by H2's generic type, as before.
	 */
	static final class KeyValueOrder extends ObjectDataType {

		private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

		private static final byte BSON = 0;

		private static final byte GENERIC = 1;

		private static final byte ONE_STRING = 2;

		private static final String VALUES_FIELD = "v";

		@Override
		public int compare(Object a, Object b) {
			if (a instanceof KeyValue left && b instanceof KeyValue right) {
				Iterator<Object> l = left.iterator();
				Iterator<Object> r = right.iterator();
				while (l.hasNext() && r.hasNext()) {
					int order = VALUES.compare(l.next(), r.next());
					if (order != 0) {
						return order;
					}
				}
				return Boolean.compare(l.hasNext(), r.hasNext());
			}
			return super.compare(a, b);
		}

		@Override
		public void write(WriteBuffer buffer, Object key) {
			if (key instanceof KeyValue values && values.size() == 1 && values.get(0) instanceof String string) {
				buffer.put(ONE_STRING).putVarInt(string.length()).putStringData(string, string.length());
				return;
			}
			if (key instanceof KeyValue values && writeBson(buffer, Map.of(VALUES_FIELD, values.stream().toList()))) {
				return;
			}
			buffer.put(GENERIC);
			super.write(buffer, key);
		}

		@Override
		public Object read(ByteBuffer buffer) {
			byte format = buffer.get();
			if (format == ONE_STRING) {
				return new KeyValue(DataUtils.readString(buffer, DataUtils.readVarInt(buffer)));
			}
			if (format == GENERIC) {
				return super.read(buffer);
			}
			if (format != BSON) {
				throw new IllegalStateException("Unknown format " + format + " of an index key");
			}
			return new KeyValue((List<?>) readBson(buffer).get(VALUES_FIELD));
		}

		/**
		 * Writes {@link #BSON} and the values as a BSON document, unless the encoder
		 * refuses one of them.
		 * @return whether it was written; nothing is written if not
		 */
		private static boolean writeBson(WriteBuffer buffer, Map<String, ?> document) {
			ByteBuf bson = ByteBufAllocator.DEFAULT.heapBuffer();
			try {
				BsonEncoder.encodeDocument(document, bson);
				buffer.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
				return true;
			}
			catch (IllegalArgumentException noBsonType) {
				return false;
			}
			finally {
				bson.release();
			}
		}

		/**
		 * The BSON document that starts at the buffer's position, which moves past it.
		 */
		private static Document readBson(ByteBuffer buffer) {
			ByteBuf bson = Unpooled.wrappedBuffer(buffer.duplicate());
			Document document = BsonDecoder.decodeBson(bson);
			buffer.position(buffer.position() + bson.readerIndex());
			return document;
		}

	}

}
