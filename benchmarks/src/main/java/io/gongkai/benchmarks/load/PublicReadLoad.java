package io.gongkai.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * Anonymous readers of the public side through the gateway: the list of published
 * reports, a report and its printed document, the glossary, the report builder (by agency
 * and by province), the yearly figures CSV and the pages, in a fixed mix, one thread per
 * reader with no pause, for a bounded time. Run it beside {@link ReportSubmissionLoad} to
 * see whether the agencies' saving and submitting keeps its latency while the public
 * reads (see {@code docs/benchmarks.md}).
 *
 * <pre>
 * java -cp benchmarks.jar io.gongkai.benchmarks.load.PublicReadLoad [READERS] [SECONDS] [GATEWAY]
 * </pre>
 */
public final class PublicReadLoad {

	private static final int MAX_READERS = 200;

	private static final int MAX_SECONDS = 600;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String gateway;

	private final List<String> reports = new ArrayList<>();

	private final List<Integer> years = new ArrayList<>();

	private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();

	private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();

	private PublicReadLoad(String gateway) {
		this.gateway = gateway;
	}

	public static void main(String[] args) throws Exception {
		int readers = Math.min(MAX_READERS, (args.length > 0) ? Integer.parseInt(args[0]) : 20);
		int seconds = Math.min(MAX_SECONDS, (args.length > 1) ? Integer.parseInt(args[1]) : 60);
		String gateway = (args.length > 2) ? args[2] : "http://127.0.0.1:8080";
		new PublicReadLoad(gateway).run(readers, seconds);
	}

	private void run(int readers, int seconds) throws Exception {
		JsonNode page = PlatformClient.JSON.readTree(get("/api/public/reports?size=200").body());
		page.get("items").forEach((item) -> this.reports.add(item.get("id").asString()));
		PlatformClient.JSON.readTree(get("/api/public/years").body()).forEach((year) -> this.years.add(year.asInt()));
		if (this.reports.isEmpty()) {
			throw new IllegalStateException("No published report to read: start the platform with its demo data");
		}
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		long started = System.nanoTime();
		for (int reader = 0; reader < readers; reader++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					read();
				}
			}, "reader-" + reader);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(this.latenciesMicros);
		Collections.sort(sorted);
		System.out.printf("%d readers, %.0f s: %d requests, %.0f requests/s%n", readers, elapsed, sorted.size(),
				sorted.size() / elapsed);
		System.out.printf("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
		System.out.println("by kind: " + new TreeMap<>(this.byKind));
		System.out.println("by status: " + new TreeMap<>(this.byStatus));
	}

	/** One request of the mix. */
	private void read() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String report = this.reports.get(random.nextInt(this.reports.size()));
		int year = this.years.get(random.nextInt(this.years.size()));
		int dice = random.nextInt(100);
		String kind;
		String path;
		if (dice < 25) {
			kind = "list";
			path = "/api/public/reports?year=" + year;
		}
		else if (dice < 45) {
			kind = "report";
			path = "/api/public/reports/" + report;
		}
		else if (dice < 55) {
			kind = "document";
			path = "/api/public/reports/" + report + "/document";
		}
		else if (dice < 65) {
			kind = "glossary";
			path = "/api/public/glossary";
		}
		else if (dice < 80) {
			kind = "builder";
			path = "/api/public/builder?figure=requests.received,requests.granted,rate.disclosure&year=" + year;
		}
		else if (dice < 88) {
			kind = "builder-province";
			path = "/api/public/builder?by=province&figure=requests.received,rate.disclosure";
		}
		else if (dice < 92) {
			kind = "figures-csv";
			path = "/api/public/bulk/" + year + "/figures.csv";
		}
		else {
			kind = "page";
			path = (dice < 96) ? "/public/index.html" : "/public/builder.html";
		}
		long start = System.nanoTime();
		int status;
		try {
			status = get(path).statusCode();
		}
		catch (Exception ex) {
			status = -1;
		}
		this.latenciesMicros.add((System.nanoTime() - start) / 1000);
		this.byKind.computeIfAbsent(kind, (k) -> new AtomicLong()).incrementAndGet();
		this.byStatus.computeIfAbsent(status, (s) -> new AtomicLong()).incrementAndGet();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "zh-CN")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static double percentile(List<Long> sortedMicros, int percentile) {
		if (sortedMicros.isEmpty()) {
			return 0;
		}
		int index = Math.max(0, (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1);
		return sortedMicros.get(index) / 1000.0;
	}

}
