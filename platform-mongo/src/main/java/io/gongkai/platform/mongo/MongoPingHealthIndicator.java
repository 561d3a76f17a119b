package io.gongkai.platform.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the store as up when it answers {@code ping}, a command every MongoDB server
 * and the embedded store understand (Boot's own indicator sends {@code hello}, which the
 * embedded store does not know).
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient client;

	MongoPingHealthIndicator(MongoClient client) {
		super("MongoDB health check failed");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.client.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("ping", answer.get("ok"));
	}

}
