package io.gongkai.report.idempotency;

import java.net.URI;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.gongkai.platform.mongo.ProvinceCollection;
import io.gongkai.platform.mongo.ProvinceDatabases;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.problem.ReportProblem;
import io.gongkai.report.province.ProvinceIndexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers a request sent again with the same {@code Idempotency-Key} with the answer of
 * the first, so that a retry never creates a second report or version.
 *
 * <p>
 * Keys live in the province's database ({@code idempotency_keys}), unique per caller
 * (token subject) and key. The key record is inserted <em>before</em> the work, with an
 * operation id that the work uses to make its effect recognisable (the id of the report
 * it creates, the key of the submission it records). If the process dies between the two,
 * a retry finds the pending record, resumes with the same operation id and the work finds
 * its own earlier effect instead of repeating it.
 *
 * <p>
 * A retry can also arrive while the first attempt is still at work (the caller gave up
 * waiting, through another instance). It then works with the same operation id and takes
 * the key over. When its work fails, the first attempt may have done it meanwhile: it
 * answers the answer recorded by then, or else does the work once more, which now finds
 * the first attempt's effect and answers it (a submission already submitted with this
 * operation id). A failed attempt releases the key only if no other attempt has taken it
 * over, and a successful one records its answer even if the key was released meanwhile,
 * so that a later retry is answered, never asked to do the work a second time. Only
 * successful answers are kept (a creation, 201 with its {@code Location}, or 200). Keys
 * expire after a day.
 */
@Component
public class IdempotencyKeys implements ProvinceIndexes {

	/** The request header. */
	public static final String HEADER = "Idempotency-Key";

	private static final String COLLECTION = "idempotency_keys";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

	private final ProvinceCollection collection;

	private final JsonMapper json;

	private final Clock clock;

	public IdempotencyKeys(ProvinceDatabases databases, JsonMapper json, Clock clock) {
		this.collection = new ProvinceCollection(databases, COLLECTION, (collection) -> {
			collection.createIndex(Indexes.ascending("subject", "key"),
					new IndexOptions().unique(true).name("one_answer_per_key"));
			collection.createIndex(Indexes.ascending("createdAt"),
					new IndexOptions().expireAfter(1L, TimeUnit.DAYS).name("keys_expire_after_a_day"));
		});
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Does the work once per key.
	 * @param provinceCode the caller's province, from the verified token
	 * @param subject the caller's token subject
	 * @param key the {@code Idempotency-Key} header, or {@code null} when the request has
	 * none (the work is then simply done)
	 * @param fingerprint what identifies the request: method, path and body in a
	 * canonical form; the same key with another fingerprint is refused (422)
	 * @param work the work, given an operation id that is the same on every retry
	 * @return the work's answer, or the first answer when the key was used before
	 */
	public ResponseEntity<?> once(String provinceCode, String subject, String key, String fingerprint,
			Function<String, ResponseEntity<?>> work) {
		if (key == null) {
			return work.apply(UUID.randomUUID().toString());
		}
		if (!VALID_KEY.matcher(key).matches()) {
			throw new ProblemException(ReportProblem.INVALID_IDEMPOTENCY_KEY).with("field", HEADER);
		}
		MongoCollection<Document> keys = keys(provinceCode);
		Bson filter = Filters.and(Filters.eq("subject", subject), Filters.eq("key", key));
		String operationId = UUID.randomUUID().toString();
		String attempt = UUID.randomUUID().toString();
		boolean resumed = false;
		try {
			keys.insertOne(new Document("subject", subject).append("key", key)
				.append("fingerprint", fingerprint)
				.append("operationId", operationId)
				.append("attempt", attempt)
				.append("state", "pending")
				.append("createdAt", Date.from(this.clock.instant())));
		}
		catch (MongoWriteException exception) {
			if (exception.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw exception;
			}
			Document earlier = keys.find(filter).first();
			if (earlier == null) {
				return once(provinceCode, subject, key, fingerprint, work);
			}
			if (!fingerprint.equals(earlier.getString("fingerprint"))) {
				throw new ProblemException(ReportProblem.IDEMPOTENCY_KEY_REUSED).with("field", HEADER);
			}
			if ("done".equals(earlier.getString("state"))) {
				return replay(earlier);
			}
			operationId = earlier.getString("operationId");
			resumed = true;
			keys.updateOne(Filters.and(filter, Filters.eq("state", "pending")), Updates.set("attempt", attempt));
		}
		ResponseEntity<?> answer;
		try {
			answer = work.apply(operationId);
		}
		catch (RuntimeException failure) {
			Document now = keys.find(filter).first();
			if (now != null && "done".equals(now.getString("state"))) {
				return replay(now);
			}
			boolean another = resumed || (now != null && !attempt.equals(now.getString("attempt")));
			if (!another) {
				release(keys, filter, attempt);
				throw failure;
			}
			try {
				answer = work.apply(operationId);
			}
			catch (RuntimeException again) {
				release(keys, filter, attempt);
				throw again;
			}
		}
		keys.updateOne(filter, Updates.combine(Updates.set("state", "done"),
				Updates.set("body", this.json.writeValueAsString(answer.getBody())),
				Updates.set("location", answer.getHeaders().getFirst(HttpHeaders.LOCATION)),
				Updates.set("etag", answer.getHeaders().getETag()), Updates.setOnInsert("fingerprint", fingerprint),
				Updates.setOnInsert("operationId", operationId),
				Updates.setOnInsert("createdAt", Date.from(this.clock.instant()))), new UpdateOptions().upsert(true));
		return answer;
	}

	/**
	 * Frees a key whose request failed, unless another attempt with the same key has
	 * taken it over meanwhile (that attempt's answer is the one to keep).
	 */
	private static void release(MongoCollection<Document> keys, Bson filter, String attempt) {
		keys.deleteOne(Filters.and(filter, Filters.eq("state", "pending"), Filters.eq("attempt", attempt)));
	}

	/**
	 * The first answer again: 201 with its {@code Location} for a creation, 200
	 * otherwise, the same body and {@code ETag}.
	 */
	private static ResponseEntity<String> replay(Document earlier) {
		String location = earlier.getString("location");
		ResponseEntity.BodyBuilder answer = ((location != null) ? ResponseEntity.created(URI.create(location))
				: ResponseEntity.ok())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotent-Replayed", "true");
		if (earlier.getString("etag") != null) {
			answer.header(HttpHeaders.ETAG, earlier.getString("etag"));
		}
		return answer.body(earlier.getString("body"));
	}

	private MongoCollection<Document> keys(String provinceCode) {
		return this.collection.in(provinceCode);
	}

	@Override
	public void createIn(MongoDatabase provinceDatabase) {
		this.collection.createIn(provinceDatabase);
	}

}
