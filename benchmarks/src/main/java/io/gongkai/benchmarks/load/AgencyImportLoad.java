package io.gongkai.benchmarks.load;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import io.gongkai.benchmarks.nation.SyntheticRegistry;
import io.gongkai.benchmarks.nation.SyntheticRegistry.Agency;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator's registry import of many agencies at once, through the gateway: the
 * made-up registry of one province ({@link SyntheticRegistry}) as a CSV file, first as a
 * dry run, then for real, then the registry's count. Prints each step's time and the
 * import's summary.
 * <p>
 * Arguments: agencies (10000), province (330000, one without demo data), gateway,
 * Keycloak. Run against a platform started with {@code ./gongkai up}: see
 * docs/benchmarks.md.
 */
public final class AgencyImportLoad {

	private AgencyImportLoad() {
	}

	public static void main(String[] args) throws Exception {
		int size = Integer.parseInt(arg(args, 0, "10000"));
		String province = arg(args, 1, "330000");
		PlatformClient platform = new PlatformClient(arg(args, 2, "http://127.0.0.1:8080"),
				arg(args, 3, "http://127.0.0.1:8180"));
		String csv = csv(SyntheticRegistry.of(province, "测试省", size, 20261122L));
		System.out.printf("registry of %d agencies for %s: %d KB of CSV%n", size, province, csv.length() / 1024);
		String admin = platform.token("gongkai", "gongkai-cli", "admin");
		String imports = platform.gateway() + "/api/tenants/" + province + "/agencies/import";
		step(platform, "dry run", imports + "?dryRun=true", admin, csv);
		step(platform, "import", imports + "?dryRun=false", admin, csv);
		long started = System.nanoTime();
		HttpResponse<String> listed = platform.send("GET",
				platform.gateway() + "/api/tenants/" + province + "/agencies?size=1", admin, null);
		System.out.printf("registry now holds %d agencies (listed in %.0f ms)%n",
				PlatformClient.JSON.readTree(listed.body()).path("total").asLong(), millisSince(started));
	}

	private static void step(PlatformClient platform, String name, String uri, String token, String csv)
			throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> answer = platform.send("POST", uri, token, "text/csv", csv);
		double millis = millisSince(started);
		JsonNode report = PlatformClient.JSON.readTree(answer.body());
		System.out.printf(
				"%s: HTTP %d in %.0f ms (%.0f rows/s); rows %d, created %d, updated %d, errors %d, " + "committed %s%n",
				name, answer.statusCode(), millis, csvRows(csv) / (millis / 1000), report.path("rows").asInt(),
				report.path("created").asInt(), report.path("updated").asInt(), report.path("errors").asInt(),
				report.path("committed").asBoolean());
		if (answer.statusCode() != 200 || report.path("errors").asInt() > 0) {
			System.out.println(abbreviated(answer.body()));
		}
	}

	static String csv(List<Agency> agencies) {
		String header = "id,name,level,kind,regionCode,parentId,scope,createdYear,abolishedYear\n";
		return header + agencies.stream()
			.map((agency) -> String.join(",", agency.id(), agency.name(), agency.level(), agency.kind(),
					agency.regionCode(), blank(agency.parentId()), agency.scope(), blank(agency.createdYear()),
					blank(agency.abolishedYear())))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static int csvRows(String csv) {
		return (int) csv.chars().filter((c) -> c == '\n').count() - 1;
	}

	private static String blank(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String abbreviated(String text) {
		return (text.length() > 1000) ? text.substring(0, 1000) + "…" : text;
	}

	private static double millisSince(long started) {
		return (System.nanoTime() - started) / 1e6;
	}

	private static String arg(String[] args, int index, String fallback) {
		return (args.length > index) ? args[index] : fallback;
	}

}
