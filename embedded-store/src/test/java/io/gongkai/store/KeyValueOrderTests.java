package io.gongkai.store;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.gongkai.store.OrderedUniqueIndex.KeyValueOrder;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyValueOrderTests {

	private final KeyValueOrder order = new KeyValueOrder();

	@Test
	void keysOfEveryShapeComeBackEqualAndLeaveTheBufferAfterThem() {
		List<KeyValue> keys = List.of(new KeyValue("4f1c2a9e-0d7b-4e53-9a61-3c5d8e2f7a10"), new KeyValue(""),
				new KeyValue("公开"), new KeyValue(42), new KeyValue("agency-1", 2021), new KeyValue((Object) null),
				new KeyValue(Missing.getInstance()));
		WriteBuffer buffer = new WriteBuffer();
		keys.forEach((key) -> this.order.write(buffer, key));
		ByteBuffer written = buffer.getBuffer().flip();

		for (KeyValue key : keys) {
			Object read = this.order.read(written);
			assertThat(read).isInstanceOf(KeyValue.class);
			assertThat(this.order.compare(read, key)).isZero();
		}
		assertThat(written.hasRemaining()).isFalse();
	}

	@Test
	void aOneStringKeyInTheEarlierBsonFormStillReads() {
		ByteBuf bson = Unpooled.buffer();
		bson.writeByte(0);
		BsonEncoder.encodeDocument(Map.of("v", List.of("r1")), bson);
		ByteBuffer earlier = ByteBuffer.wrap(bson.array(), 0, bson.readableBytes());

		assertThat(this.order.read(earlier)).isEqualTo(new KeyValue("r1"));
		assertThat(earlier.hasRemaining()).isFalse();
	}

	@Test
	void stringsOrderAsMongoDbOrdersThemAfterNumbers() {
		assertThat(this.order.compare(new KeyValue("a"), new KeyValue("b"))).isNegative();
		assertThat(this.order.compare(new KeyValue("b"), new KeyValue("a"))).isPositive();
		assertThat(this.order.compare(new KeyValue(9), new KeyValue("a"))).isNegative();
	}

}
