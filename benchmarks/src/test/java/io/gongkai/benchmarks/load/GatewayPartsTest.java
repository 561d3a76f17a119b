package io.gongkai.benchmarks.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route sets that switch the gateway's parts off for measurement
 * ({@code gateway-parts/}) stay the gateway's own report-service route with exactly one
 * part off: a filter added to or changed on the route in the gateway's
 * {@code application.yml} must be followed there, or the parts measured would no longer
 * add up to the gateway.
 */
class GatewayPartsTest {

	private static final Path GATEWAY_SETTINGS = Path.of("../gateway/src/main/resources/application.yml");

	private static final Path PARTS = Path.of("gateway-parts");

	@Test
	void withoutRateLimitIsTheRouteWithoutItsRateLimiter() throws IOException {
		Map<String, Object> route = onlyRoute("without-rate-limit.yml");
		assertThat(filters(route)).isEqualTo(without(filters(reportRoute()), "RequestRateLimiter"));
		assertSameTarget(route);
	}

	@Test
	void withoutCircuitBreakerIsTheRouteWithoutItsCircuitBreaker() throws IOException {
		Map<String, Object> route = onlyRoute("without-circuit-breaker.yml");
		assertThat(filters(route)).isEqualTo(without(filters(reportRoute()), "CircuitBreaker"));
		assertSameTarget(route);
	}

	@Test
	void withoutRouteFiltersIsTheRouteWithNoFilterAtAll() throws IOException {
		Map<String, Object> route = onlyRoute("without-route-filters.yml");
		assertThat(filters(route)).isEmpty();
		assertSameTarget(route);
	}

	@Test
	void withoutLoadBalancerSendsEveryFilteredRequestStraightToTheServicesAddress() throws IOException {
		Map<String, Object> route = onlyRoute("without-load-balancer.yml");
		assertThat(filters(route)).isEqualTo(filters(reportRoute()));
		assertThat(reportRoute().get("uri")).isEqualTo("lb://report-service");
		assertThat(route.get("uri")).isEqualTo("${gongkai.gateway.services.report-service}");
		assertThat(route.get("predicates")).isEqualTo(reportRoute().get("predicates"));
	}

	@Test
	void withoutTokenCheckMovesTheTokenPastTheGatewayAndKeepsEveryOtherFilter() throws IOException {
		Map<String, Object> route = onlyRoute("without-token-check.yml");
		List<Object> filters = filters(route);
		assertThat(filters.subList(0, 2)).containsExactly("StripPrefix=3",
				"MapRequestHeader=X-Measured-Authorization, Authorization");
		assertThat(filters.subList(2, filters.size())).isEqualTo(without(filters(reportRoute()), "TokenRelay"));
		assertThat(route.get("uri")).isEqualTo(reportRoute().get("uri"));
		// open without a token at the gateway (SecurityConfiguration's /api/public/**),
		// and after StripPrefix the path report-service serves
		assertThat(route.get("predicates")).isEqualTo(List.of("Path=/api/public/measured/api/reports/**"));
	}

	@Test
	void theGatewaysReportRouteStillHasThePartsMeasured() throws IOException {
		assertThat(filters(reportRoute()).stream().map(GatewayPartsTest::name)).containsExactly("TokenRelay",
				"RequestSize", "RequestRateLimiter", "CircuitBreaker");
	}

	private static void assertSameTarget(Map<String, Object> route) throws IOException {
		Map<String, Object> original = reportRoute();
		assertThat(route.get("uri")).isEqualTo(original.get("uri"));
		assertThat(route.get("predicates")).isEqualTo(original.get("predicates"));
	}

	private static Map<String, Object> reportRoute() throws IOException {
		Map<String, Object> settings = load(GATEWAY_SETTINGS);
		return routes(path(settings, "spring", "cloud", "gateway", "server", "webflux", "routes")).stream()
			.filter((route) -> "report-service".equals(route.get("id")))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Object> onlyRoute(String file) throws IOException {
		Map<String, Object> settings = load(PARTS.resolve(file));
		List<Map<String, Object>> routes = routes(settings.get("spring.cloud.gateway.server.webflux.routes"));
		assertThat(routes).hasSize(1);
		assertThat(routes.get(0).get("id")).isEqualTo("report-service");
		return routes.get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> routes(Object routes) {
		return (List<Map<String, Object>>) routes;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> filters(Map<String, Object> route) {
		Object filters = route.get("filters");
		return (filters != null) ? (List<Object>) filters : List.of();
	}

	private static List<Object> without(List<Object> filters, String name) {
		List<Object> kept = new ArrayList<>(filters);
		assertThat(kept.removeIf((filter) -> name.equals(name(filter)))).as("the route has %s", name).isTrue();
		return kept;
	}

	/** {@code TokenRelay=} or {@code name: RequestSize} with its arguments. */
	private static String name(Object filter) {
		if (filter instanceof String shortcut) {
			return shortcut.substring(0, shortcut.indexOf('='));
		}
		return (String) ((Map<?, ?>) filter).get("name");
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> settings, String... keys) {
		Object node = settings;
		for (String key : keys) {
			node = ((Map<String, Object>) node).get(key);
		}
		return node;
	}

	private static Map<String, Object> load(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new Yaml().load(reader);
		}
	}

}
