package io.gongkai.platform.mongo;

import com.mongodb.client.MongoClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The services' MongoDB beans on top of Boot's client, which is configured by
 * {@code spring.mongodb.uri} (set from {@code GONGKAI_MONGODB_URI}), and the leases for
 * work that runs once across instances.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@EnableConfigurationProperties(LeaseSettings.class)
public class MongoConfiguration {

	@Bean
	ProvinceDatabases provinceDatabases(MongoClient client) {
		return new ProvinceDatabases(client);
	}

	@Bean
	Leases leases(MongoClient client, LeaseSettings settings) {
		return new Leases(client, settings);
	}

	@Bean
	MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
		return new MongoPingHealthIndicator(client);
	}

}
