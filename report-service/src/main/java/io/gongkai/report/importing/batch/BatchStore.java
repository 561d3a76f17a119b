package io.gongkai.report.importing.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.gongkai.platform.mongo.ProvinceCollection;
import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.report.province.ProvinceIndexes;
import io.gongkai.report.importing.ImportOutcome;
import io.gongkai.report.importing.Uploader;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Component;

/**
 * Batches and their per-file results in the province's database, collection
 * {@code import_batches}: one document per batch, its files as an array in upload order.
 */
@Component
class BatchStore implements ProvinceIndexes {

	static final String COLLECTION = "import_batches";

	static final String PENDING = "pending";

	static final String DONE = "done";

	static final String FAILED = "failed";

	static final String NOT_PROCESSED = "not_processed";

	private static final Pattern PROVINCE_DATABASE = Pattern.compile("gongkai_\\d{2}0000");

	private final ProvinceCollection collection;

	private final MongoClient client;

	BatchStore(ProvinceDatabases databases, MongoClient client) {
		this.collection = new ProvinceCollection(databases, COLLECTION, (collection) -> {
			collection.createIndex(Indexes.ascending("status"));
		});
		this.client = client;
	}

	void insert(String province, String id, Uploader createdBy, boolean accepted, List<BatchFile> files, Instant now,
			String runner, Instant leaseUntil) {
		List<Document> entries = new ArrayList<>();
		for (BatchFile file : files) {
			entries.add(new Document("name", file.name()).append("size", file.size()).append("status", PENDING));
		}
		collection(province).insertOne(new Document("_id", id).append("createdAt", Date.from(now))
			.append("createdBy", createdBy.toDocument())
			.append("accepted", accepted)
			.append("status", BatchStatus.queued.name())
			.append("cancelRequested", false)
			.append("runner", runner)
			.append("leaseUntil", Date.from(leaseUntil))
			.append("total", files.size())
			.append("processed", 0)
			.append("succeeded", 0)
			.append("failed", 0)
			.append("created", 0)
			.append("files", entries));
	}

	void delete(String province, String id) {
		collection(province).deleteOne(Filters.eq("_id", id));
	}

	Optional<Document> find(String province, String id) {
		return Optional.ofNullable(collection(province).find(Filters.eq("_id", id)).first());
	}

	/**
	 * Starts a queued batch.
	 * @return {@code false} when it is no longer queued (cancelled while waiting)
	 */
	boolean start(String province, String id, Instant now) {
		return collection(province).updateOne(
				Filters.and(Filters.eq("_id", id), Filters.eq("status", BatchStatus.queued.name()),
						Filters.eq("cancelRequested", false)),
				Updates.combine(Updates.set("status", BatchStatus.running.name()),
						Updates.set("startedAt", Date.from(now))))
			.getModifiedCount() == 1;
	}

	boolean isCancelRequested(String province, String id) {
		Document batch = collection(province).find(Filters.eq("_id", id))
			.projection(Projections.include("cancelRequested"))
			.first();
		return batch == null || Boolean.TRUE.equals(batch.getBoolean("cancelRequested"));
	}

	void fileDone(String province, String id, int index, Document summary, ImportOutcome outcome, String resultLine) {
		collection(province).updateOne(Filters.eq("_id", id),
				Updates.combine(Updates.set("files." + index + ".status", DONE),
						Updates.set("files." + index + ".summary", summary),
						Updates.set("files." + index + ".outcome", outcome.toDocument()),
						Updates.set("files." + index + ".result", resultLine), Updates.inc("processed", 1),
						Updates.inc("succeeded", 1), Updates.inc("created", outcome.isCreated() ? 1 : 0)));
	}

	/**
	 * Records a file that could not be read: why, as the text {@code import.file.<error>}
	 * of the messages and its arguments, put into words when the batch is read.
	 */
	void fileFailed(String province, String id, int index, String error, List<String> arguments, String resultLine) {
		collection(province).updateOne(Filters.eq("_id", id),
				Updates.combine(Updates.set("files." + index + ".status", FAILED),
						Updates.set("files." + index + ".errorCode", error),
						Updates.set("files." + index + ".errorArguments", arguments),
						Updates.set("files." + index + ".result", resultLine), Updates.inc("processed", 1),
						Updates.inc("failed", 1)));
	}

	/**
	 * Ends a batch: its status, and the files from {@code firstUnprocessed} on marked as
	 * not processed.
	 */
	void finish(String province, String id, BatchStatus status, int firstUnprocessed, int total, Instant now) {
		finish(province, Filters.eq("_id", id), status, firstUnprocessed, total, now);
	}

	/**
	 * Ends a batch that is still waiting as cancelled.
	 * @return whether it was still waiting
	 */
	boolean cancelQueued(String province, String id, int total, Instant now) {
		return finish(province, Filters.and(Filters.eq("_id", id), Filters.eq("status", BatchStatus.queued.name())),
				BatchStatus.cancelled, 0, total, now);
	}

	private boolean finish(String province, Bson filter, BatchStatus status, int firstUnprocessed, int total,
			Instant now) {
		List<Bson> updates = new ArrayList<>();
		updates.add(Updates.set("status", status.name()));
		updates.add(Updates.set("finishedAt", Date.from(now)));
		for (int index = firstUnprocessed; index < total; index++) {
			updates.add(Updates.set("files." + index + ".status", NOT_PROCESSED));
		}
		return collection(province).updateOne(filter, Updates.combine(updates)).getModifiedCount() == 1;
	}

	/**
	 * Asks a batch to stop after its current file.
	 */
	void requestCancel(String province, String id) {
		collection(province).updateOne(Filters.eq("_id", id), Updates.set("cancelRequested", true));
	}

	/**
	 * Renews the lease of the batches an instance runs (queued or running).
	 */
	void renew(String province, List<String> ids, String runner, Instant leaseUntil) {
		collection(province).updateMany(Filters.and(Filters.in("_id", ids), Filters.eq("runner", runner), unfinished()),
				Updates.set("leaseUntil", Date.from(leaseUntil)));
	}

	/**
	 * Marks every batch left queued or running whose lease expired (the instance running
	 * it stopped or was killed) as interrupted, keeping the files read until then. A
	 * batch written before batches had leases counts as expired.
	 * @return how many batches were marked
	 */
	int markInterrupted(Instant now) {
		int marked = 0;
		for (String database : this.client.listDatabaseNames()) {
			if (!PROVINCE_DATABASE.matcher(database).matches()) {
				continue;
			}
			String province = database.substring("gongkai_".length());
			MongoCollection<Document> batches = collection(province);
			Bson abandoned = Filters.and(unfinished(),
					Filters.or(Filters.lt("leaseUntil", Date.from(now)), Filters.exists("leaseUntil", false)));
			for (Document batch : batches.find(abandoned)) {
				List<Document> files = batch.getList("files", Document.class, List.of());
				List<Bson> updates = new ArrayList<>();
				updates.add(Updates.set("status", BatchStatus.interrupted.name()));
				updates.add(Updates.set("finishedAt", Date.from(now)));
				for (int index = 0; index < files.size(); index++) {
					if (PENDING.equals(files.get(index).getString("status"))) {
						updates.add(Updates.set("files." + index + ".status", NOT_PROCESSED));
					}
				}
				if (batches
					.updateOne(Filters.and(Filters.eq("_id", batch.getString("_id")), abandoned),
							Updates.combine(updates))
					.getModifiedCount() == 1) {
					marked++;
				}
			}
		}
		return marked;
	}

	private static Bson unfinished() {
		return Filters.in("status", BatchStatus.queued.name(), BatchStatus.running.name());
	}

	private MongoCollection<Document> collection(String province) {
		return this.collection.in(province);
	}

	@Override
	public void createIn(MongoDatabase provinceDatabase) {
		this.collection.createIn(provinceDatabase);
	}

}
