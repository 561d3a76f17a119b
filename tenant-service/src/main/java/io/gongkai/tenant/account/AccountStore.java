package io.gongkai.tenant.account;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The accounts the platform made, by province, in the registry database.
 */
@Component
class AccountStore {

	private final MongoCollection<Document> accounts;

	AccountStore(MongoDatabase registryDatabase) {
		this.accounts = registryDatabase.getCollection("accounts");
		this.accounts.createIndex(Indexes.ascending("username"),
				new IndexOptions().unique(true).name("unique_username"));
	}

	/**
	 * Records an account.
	 * @throws UsernameTakenException when the registry already records that account or
	 * user name (another request recorded it first)
	 */
	void insert(Account account) {
		try {
			insertDocument(account);
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new UsernameTakenException(account.username());
			}
			throw exception;
		}
	}

	private void insertDocument(Account account) {
		this.accounts.insertOne(new Document("_id", account.id()).append("username", account.username())
			.append("provinceCode", account.provinceCode())
			.append("agencyId", account.agencyId())
			.append("role", account.role())
			.append("enabled", account.enabled())
			.append("createdAt", Date.from(account.createdAt()))
			.append("createdBy", account.createdBy()));
	}

	Optional<Account> find(String provinceCode, String id) {
		return Optional
			.ofNullable(this.accounts.find(Filters.and(Filters.eq("_id", id), Filters.eq("provinceCode", provinceCode)))
				.first())
			.map(AccountStore::fromDocument);
	}

	Optional<Account> findByUsername(String username) {
		return Optional.ofNullable(this.accounts.find(Filters.eq("username", username)).first())
			.map(AccountStore::fromDocument);
	}

	List<Account> list(String provinceCode) {
		List<Account> found = new ArrayList<>();
		this.accounts.find(Filters.eq("provinceCode", provinceCode))
			.sort(Sorts.ascending("username"))
			.forEach((document) -> found.add(fromDocument(document)));
		return found;
	}

	void setEnabled(String id, boolean enabled) {
		this.accounts.updateOne(Filters.eq("_id", id), Updates.set("enabled", enabled));
	}

	private static Account fromDocument(Document document) {
		return new Account(document.getString("_id"), document.getString("username"),
				document.getString("provinceCode"), document.getString("agencyId"), document.getString("role"),
				document.getBoolean("enabled", true), document.getDate("createdAt").toInstant(),
				document.getString("createdBy"));
	}

}
