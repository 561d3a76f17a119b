package io.gongkai.report.province;

import com.mongodb.client.MongoDatabase;

/**
 * Something report-service keeps in every province's database and that needs its
 * collections and indexes in place before the province's first user arrives. Creating
 * them twice must be harmless.
 */
public interface ProvinceIndexes {

	void createIn(MongoDatabase provinceDatabase);

}
