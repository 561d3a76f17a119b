package io.gongkai.report.published;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.gongkai.report.report.ReportChange;
import io.gongkai.report.report.Reports;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the published reports up to date with every province's report feed at start-up,
 * from where the last catch-up stopped: a write whose report the store recorded but whose
 * published side was not (a crash in between), and reports written before the public read
 * existed, reach the public this way. Runs beside the start, so that the service answers
 * meanwhile.
 */
@Component
class PublishedCatchUp {

	private static final Logger log = LoggerFactory.getLogger(PublishedCatchUp.class);

	private static final Pattern PROVINCE_DATABASE = Pattern.compile("gongkai_(\\d{2}0000)");

	private static final int PER_READ = 200;

	private final MongoClient client;

	private final Reports reports;

	private final PublishedReports published;

	private final MongoCollection<Document> cursors;

	private final Clock clock;

	private final Duration settleTime;

	PublishedCatchUp(MongoClient client, Reports reports, PublishedReports published, Clock clock,
			@Value("${gongkai.feed.settle-time:2s}") Duration settleTime) {
		this.client = client;
		this.reports = reports;
		this.published = published;
		this.cursors = client.getDatabase(PublishedReports.DATABASE).getCollection("published_cursors");
		this.clock = clock;
		this.settleTime = settleTime;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startBesideTheStart() {
		Thread thread = new Thread(this::catchUp, "published-catch-up");
		thread.setDaemon(true);
		thread.start();
	}

	/** Every province's feed read to its end. */
	void catchUp() {
		try {
			List<String> provinces = new ArrayList<>();
			for (String database : this.client.listDatabaseNames()) {
				Matcher province = PROVINCE_DATABASE.matcher(database);
				if (province.matches()) {
					provinces.add(province.group(1));
				}
			}
			for (String province : provinces) {
				int reflected = catchUp(province);
				if (reflected > 0) {
					log.info("Published reports of {}: {} changes caught up from the feed", province, reflected);
				}
			}
		}
		catch (RuntimeException exception) {
			log.warn("The published reports could not catch up with the feed ({}); the next start tries again",
					exception.toString());
		}
	}

	/**
	 * @return how many changes were read
	 */
	int catchUp(String province) {
		Document cursor = this.cursors.find(Filters.eq("_id", province)).first();
		long after = (cursor != null) ? ((Number) cursor.get("seq")).longValue() : 0;
		int read = 0;
		while (true) {
			List<ReportChange> changes = this.reports.changedAfter(province, after, PER_READ,
					this.clock.instant().minus(this.settleTime));
			if (changes.isEmpty()) {
				return read;
			}
			for (ReportChange change : changes) {
				this.published.written(province, change.report());
				after = change.seq();
				read++;
			}
			this.cursors.replaceOne(Filters.eq("_id", province), new Document("_id", province).append("seq", after),
					new ReplaceOptions().upsert(true));
		}
	}

}
