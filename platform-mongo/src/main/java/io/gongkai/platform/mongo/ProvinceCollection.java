package io.gongkai.platform.mongo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * One collection kept in every province's database, with the indexes it needs: created
 * when the province is onboarded ({@link #createIn}), and at the latest on the first use
 * in each province after a start. Creating an index that exists is harmless.
 */
public final class ProvinceCollection {

	private final ProvinceDatabases databases;

	private final String name;

	private final Consumer<MongoCollection<Document>> indexes;

	private final Set<String> indexedProvinces = ConcurrentHashMap.newKeySet();

	public ProvinceCollection(ProvinceDatabases databases, String name, Consumer<MongoCollection<Document>> indexes) {
		this.databases = databases;
		this.name = name;
		this.indexes = indexes;
	}

	/**
	 * The collection in the given province's database.
	 */
	public MongoCollection<Document> in(String provinceCode) {
		MongoCollection<Document> collection = this.databases.forProvince(provinceCode).getCollection(this.name);
		if (this.indexedProvinces.add(provinceCode)) {
			this.indexes.accept(collection);
		}
		return collection;
	}

	/**
	 * Creates the collection's indexes in a province's database.
	 */
	public void createIn(MongoDatabase provinceDatabase) {
		this.indexes.accept(provinceDatabase.getCollection(this.name));
	}

}
