package io.gongkai.analytics.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The tests' view of what synchronisation wrote: every report and agency of every
 * province as records, read in batches. (The figures package reads the same documents its
 * own compact way.)
 */
@Component
public class NationalStore {

	static final int BATCH_SIZE = ReadModelCollections.BATCH_SIZE;

	private final ReadModelCollections collections;

	NationalStore(ReadModelCollections collections) {
		this.collections = collections;
	}

	/**
	 * Every report of every province, read lazily; close the stream (try-with-resources)
	 * to release the server cursor when not reading to the end.
	 */
	public Stream<SyncedReport> reports() {
		return stream(this.collections.reports().find().batchSize(BATCH_SIZE), SyncedReport::from);
	}

	/**
	 * Every agency of every province, read lazily; close the stream as for
	 * {@link #reports()}.
	 */
	public Stream<SyncedAgency> agencies() {
		return stream(this.collections.agencies().find().batchSize(BATCH_SIZE), SyncedAgency::from);
	}

	/**
	 * Hands every report of every province to {@code action}, one at a time.
	 */
	public void forEachReport(Consumer<? super SyncedReport> action) {
		try (Stream<SyncedReport> reports = reports()) {
			reports.forEach(action);
		}
	}

	/**
	 * Hands every agency of every province to {@code action}, one at a time.
	 */
	public void forEachAgency(Consumer<? super SyncedAgency> action) {
		try (Stream<SyncedAgency> agencies = agencies()) {
			agencies.forEach(action);
		}
	}

	/**
	 * The reports of one province, by report id.
	 */
	public List<SyncedReport> reportsOf(String provinceCode) {
		return list(this.collections.reports().find(Filters.eq("province", provinceCode)), SyncedReport::from);
	}

	/**
	 * The agencies of one province, by agency id.
	 */
	public List<SyncedAgency> agenciesOf(String provinceCode) {
		return list(this.collections.agencies().find(Filters.eq("province", provinceCode)), SyncedAgency::from);
	}

	private static <T> List<T> list(FindIterable<Document> found, Function<Document, T> view) {
		List<T> views = new ArrayList<>();
		found.sort(Sorts.ascending("_id")).batchSize(BATCH_SIZE).forEach((document) -> views.add(view.apply(document)));
		return views;
	}

	private static <T> Stream<T> stream(FindIterable<Document> found, Function<Document, T> view) {
		MongoCursor<Document> cursor = found.cursor();
		Spliterator<Document> documents = Spliterators.spliteratorUnknownSize(cursor,
				Spliterator.ORDERED | Spliterator.NONNULL);
		return StreamSupport.stream(documents, false).map(view).onClose(cursor::close);
	}

}
