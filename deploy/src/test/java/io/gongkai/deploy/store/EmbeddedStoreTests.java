package io.gongkai.deploy.store;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedStoreTests {

	@TempDir
	Path data;

	@Test
	void whatIsWrittenSurvivesARestart() throws Exception {
		int port;
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0)) {
			port = store.port();
			try (MongoClient client = MongoClients.create(store.connectionString())) {
				collection(client).insertOne(new Document("_id", "210000-rst").append("name", "辽宁省人力资源和社会保障厅"));
			}
		}
		assertThat(this.data.resolve("store/gongkai.mv")).exists();
		assertThat(Files.size(this.data.resolve("store/gongkai.mv"))).isPositive();
		try (EmbeddedStore store = EmbeddedStore.start(this.data, port)) {
			try (MongoClient client = MongoClients.create(store.connectionString())) {
				Document found = collection(client).find(new Document("_id", "210000-rst")).first();
				assertThat(found).isNotNull();
				assertThat(found.getString("name")).isEqualTo("辽宁省人力资源和社会保障厅");
				assertThat(collection(client).countDocuments()).isEqualTo(1);
			}
		}
	}

	@Test
	void itCannotBeReachedFromOtherInterfaces() throws Exception {
		InetAddress external = NetworkInterface.networkInterfaces()
			.filter(EmbeddedStoreTests::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst()
			.orElse(null);
		assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
		try (EmbeddedStore store = EmbeddedStore.start(this.data, 0)) {
			assertThat(store.connectionString()).isEqualTo("mongodb://127.0.0.1:" + store.port());
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(external, store.port()), 2000);
				}
			}).isInstanceOf(IOException.class);
		}
	}

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp();
		}
		catch (SocketException ex) {
			return false;
		}
	}

	private static MongoCollection<Document> collection(MongoClient client) {
		return client.getDatabase("gongkai_210000").getCollection("agencies");
	}

}
