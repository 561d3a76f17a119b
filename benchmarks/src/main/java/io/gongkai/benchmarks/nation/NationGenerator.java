package io.gongkai.benchmarks.nation;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.gongkai.benchmarks.load.PlatformClient;
import io.gongkai.benchmarks.nation.TenantProvinces.Province;
import io.gongkai.report.template.ReportTemplate;
import io.gongkai.report.template.ReportingCalendar;
import io.gongkai.report.template.TemplateFormat;
import org.bson.Document;

/**
 * A synthetic nation written straight into the platform's store: for each of the 32
 * provinces, its share of the agencies ({@link SyntheticRegistry}) into tenant-service's
 * registry and one report per agency and year ({@link SyntheticReports}) into the
 * province's report database, numbered in the province's report feed. Everything follows
 * from the seed. See docs/benchmarks.md, "National analytics at scale", for what it
 * makes.
 * <p>
 * Arguments: agencies (100000), first year (2012), last year (2021), seed (20261122),
 * MongoDB URI (mongodb://127.0.0.1:27018, the store of {@code ./gongkai up}), provinces
 * written at the same time (2), gateway (http://127.0.0.1:8080), Keycloak
 * (http://127.0.0.1:8180).
 * <p>
 * Before writing, each province's report database is prepared as onboarding prepares it
 * ({@code PUT /api/reports/provinces/{code}/storage} as the demo {@code admin}), so that
 * the reports are indexed as they are written, as they would be in a province onboarded
 * through the platform.
 */
public final class NationGenerator {

	private NationGenerator() {
	}

	public static void main(String[] args) throws Exception {
		int agencies = Integer.parseInt(arg(args, 0, "100000"));
		int firstYear = Integer.parseInt(arg(args, 1, "2012"));
		int lastYear = Integer.parseInt(arg(args, 2, "2021"));
		long seed = Long.parseLong(arg(args, 3, "20261122"));
		String uri = arg(args, 4, "mongodb://127.0.0.1:27018");
		int threads = Integer.parseInt(arg(args, 5, "2"));
		PlatformClient platform = new PlatformClient(arg(args, 6, "http://127.0.0.1:8080"),
				arg(args, 7, "http://127.0.0.1:8180"));
		if (firstYear > lastYear || firstYear < ReportingCalendar.FIRST_YEAR) {
			throw new IllegalArgumentException("Years run from " + ReportingCalendar.FIRST_YEAR + " on, first ≤ last: "
					+ firstYear + ".." + lastYear);
		}
		List<Province> provinces = TenantProvinces.all();
		System.out.printf("synthetic nation: %,d agencies in %d provinces, %d–%d (%s), seed %d, into %s%n", agencies,
				provinces.size(), firstYear, lastYear, formats(firstYear, lastYear), seed, uri);
		prepareReportStorage(platform, provinces);
		GenerationTotals totals = new GenerationTotals();
		long started = System.nanoTime();
		AtomicLong reportsSoFar = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try (MongoClient client = MongoClients.create(uri)) {
			NationWriter writer = new NationWriter(client, seed, firstYear, lastYear, ReportTemplate.national(),
					Clock.systemUTC(), totals);
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < provinces.size(); i++) {
				Province province = provinces.get(i);
				int size = agencies / provinces.size() + ((i < agencies % provinces.size()) ? 1 : 0);
				done.add(pool.submit(() -> {
					long provinceStarted = System.nanoTime();
					long written = writer.write(province, size);
					double seconds = secondsSince(provinceStarted);
					long all = reportsSoFar.addAndGet(written);
					System.out.printf(
							"%s %s: %,d agencies, %,d reports in %.1f s (%,.0f reports/s); "
									+ "nation so far %,d reports, %,.0f reports/s%n",
							province.code(), province.name(), size, written, seconds, written / seconds, all,
							all / secondsSince(started));
					return null;
				}));
			}
			for (Future<?> province : done) {
				province.get();
			}
			markSynthetic(client, agencies, firstYear, lastYear, seed);
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = secondsSince(started);
		System.out.println(totals.summary());
		System.out.printf("elapsed %.1f s: %,.0f reports/s%n", seconds, totals.reports() / seconds);
	}

	private static void prepareReportStorage(PlatformClient platform, List<Province> provinces) throws Exception {
		String token = platform.token("gongkai", "gongkai-cli", "admin");
		for (Province province : provinces) {
			HttpResponse<String> response = platform.send("PUT",
					platform.gateway() + "/api/reports/provinces/" + province.code() + "/storage", token, null);
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Report storage of " + province.code() + " not prepared: "
						+ response.statusCode() + " " + response.body());
			}
		}
		System.out.printf("report storage of %d provinces prepared%n", provinces.size());
	}

	/**
	 * Records in analytics-service's database that the store holds a synthetic nation, so
	 * that every analytics answer says so (header {@code Gongkai-Synthetic-Data}) and the
	 * pages show it.
	 */
	static void markSynthetic(MongoClient client, int agencies, int firstYear, int lastYear, long seed) {
		client.getDatabase("gongkai_analytics")
			.getCollection("synthetic_data")
			.replaceOne(Filters.eq("_id", "nation"),
					new Document("_id", "nation").append("agencies", agencies)
						.append("firstYear", firstYear)
						.append("lastYear", lastYear)
						.append("seed", seed)
						.append("writtenAt", new Date()),
					new ReplaceOptions().upsert(true));
	}

	private static String formats(int firstYear, int lastYear) {
		List<String> formats = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			String id = TemplateFormat.forYear(year).id();
			if (!formats.contains(id)) {
				formats.add(id);
			}
		}
		return String.join(", ", formats);
	}

	private static double secondsSince(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private static String arg(String[] args, int index, String fallback) {
		return (args.length > index) ? args[index] : fallback;
	}

}
