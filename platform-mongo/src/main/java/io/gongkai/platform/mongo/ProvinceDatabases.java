package io.gongkai.platform.mongo;

import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;

/**
 * One database per province, {@code gongkai_<code>}. The code must come from the caller's
 * verified token; this class only refuses codes that cannot be a province.
 */
public class ProvinceDatabases {

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}0000");

	private final MongoClient client;

	public ProvinceDatabases(MongoClient client) {
		this.client = client;
	}

	public MongoDatabase forProvince(String provinceCode) {
		if (provinceCode == null || !PROVINCE_CODE.matcher(provinceCode).matches()) {
			throw new IllegalArgumentException("Not a province code: " + provinceCode);
		}
		return this.client.getDatabase(databaseName(provinceCode));
	}

	public static String databaseName(String provinceCode) {
		return "gongkai_" + provinceCode;
	}

}
