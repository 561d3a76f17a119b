package io.gongkai.tenant.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * tenant-service keeps the national registry of provinces and agencies in a database of
 * its own, apart from every province's report database.
 */
@Configuration(proxyBeanMethods = false)
class RegistryDatabaseConfiguration {

	@Bean
	MongoDatabase registryDatabase(MongoClient client,
			@Value("${gongkai.registry.database:gongkai_tenants}") String name) {
		return client.getDatabase(name);
	}

}
