package io.gongkai.deploy.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where things live and which ports they use, read from the environment.
 *
 * @param home the repository root (where {@code mvnw} and the module folders are)
 * @param dataDir the data folder ({@code GONGKAI_DATA_DIR}, default {@code ./data})
 * @param gateway the gateway port
 * @param tenant the tenant-service port
 * @param report the report-service port
 * @param analytics the analytics-service port
 * @param keycloak the Keycloak port
 * @param store the embedded store port
 * @param externalMongoUri {@code GONGKAI_MONGODB_URI} when set (no embedded store then),
 * else {@code null}
 * @param startTimeout how long to wait for each process to become healthy
 * @param serviceSettings every {@code GONGKAI_*} variable given to the launcher, passed
 * on to the services (for example {@code GONGKAI_TOKEN_CLOCK_SKEW})
 * @param instances how many instances of each service and gateways to start
 * ({@code GONGKAI_INSTANCES} or {@code up --instances N}, default 1, at most
 * {@value #MAX_INSTANCES})
 */
record LauncherSettings(Path home, Path dataDir, NamedPort gateway, NamedPort tenant, NamedPort report,
		NamedPort analytics, NamedPort keycloak, NamedPort store, String externalMongoUri, Duration startTimeout,
		Map<String, String> serviceSettings, int instances) {

	/**
	 * The most instances of each service: with the ports 10 apart, a tenth gateway would
	 * take Keycloak's port.
	 */
	static final int MAX_INSTANCES = 9;

	static final String KEYCLOAK_VERSION = "26.4.2";

	static final String SERVICE_CLIENT_SECRET = "gongkai-service-secret";

	static final String WEB_CLIENT_SECRET = "gongkai-web-secret";

	/** Where every process listens unless told otherwise: this machine only. */
	static final String LOOPBACK = "127.0.0.1";

	static LauncherSettings fromEnvironment(Map<String, String> env, Path home) {
		Path dataDir = home.resolve(env.getOrDefault("GONGKAI_DATA_DIR", "data")).toAbsolutePath().normalize();
		String mongoUri = env.get("GONGKAI_MONGODB_URI");
		long timeout = Long.parseLong(env.getOrDefault("GONGKAI_START_TIMEOUT_SECONDS", "240"));
		return new LauncherSettings(home.toAbsolutePath().normalize(), dataDir,
				port(env, "gateway", "GONGKAI_GATEWAY_PORT", 8080),
				port(env, "tenant-service", "GONGKAI_TENANT_PORT", 8081),
				port(env, "report-service", "GONGKAI_REPORT_PORT", 8082),
				port(env, "analytics-service", "GONGKAI_ANALYTICS_PORT", 8083),
				port(env, "Keycloak", "GONGKAI_KEYCLOAK_PORT", 8180),
				port(env, "embedded store", "GONGKAI_STORE_PORT", 27018),
				(mongoUri == null || mongoUri.isBlank()) ? null : mongoUri.trim(), Duration.ofSeconds(timeout),
				env.entrySet()
					.stream()
					.filter((entry) -> entry.getKey().startsWith("GONGKAI_"))
					.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)),
				instances(env.get("GONGKAI_INSTANCES")));
	}

	private static int instances(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		try {
			int instances = Integer.parseInt(value.trim());
			if (instances >= 1 && instances <= MAX_INSTANCES) {
				return instances;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new LauncherException(
				"GONGKAI_INSTANCES=" + value + " is not a number of instances (1-" + MAX_INSTANCES + ")");
	}

	private static NamedPort port(Map<String, String> env, String owner, String variable, int defaultPort) {
		String value = env.get(variable);
		if (value == null || value.isBlank()) {
			return new NamedPort(owner, variable, defaultPort);
		}
		try {
			int port = Integer.parseInt(value.trim());
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return new NamedPort(owner, variable, port);
		}
		catch (NumberFormatException ex) {
			throw new LauncherException(variable + "=" + value + " is not a port number (1-65535)");
		}
	}

	boolean embeddedStore() {
		return this.externalMongoUri == null;
	}

	/**
	 * Every port this start-up will listen on.
	 * @return the ports, the store's only when the embedded store is used
	 */
	List<NamedPort> ports() {
		List<NamedPort> ports = new ArrayList<>(List.of(this.keycloak));
		for (int number = 1; number <= this.instances; number++) {
			for (String service : List.of("gateway", "tenant-service", "report-service", "analytics-service")) {
				ports.add(instance(service, number).port());
			}
		}
		if (embeddedStore()) {
			ports.add(this.store);
		}
		return ports;
	}

	/**
	 * Every instance of a service this start-up runs, the first on the service's port,
	 * each next one {@value ServiceInstance#PORT_STEP} ports above.
	 * @param service gateway, tenant-service, report-service or analytics-service
	 * @return its instances, the first first
	 */
	List<ServiceInstance> instancesOf(String service) {
		List<ServiceInstance> instances = new ArrayList<>();
		for (int number = 1; number <= this.instances; number++) {
			instances.add(instance(service, number));
		}
		return instances;
	}

	LauncherSettings withInstances(int count) {
		return new LauncherSettings(this.home, this.dataDir, this.gateway, this.tenant, this.report, this.analytics,
				this.keycloak, this.store, this.externalMongoUri, this.startTimeout, this.serviceSettings, count);
	}

	private ServiceInstance instance(String service, int number) {
		NamedPort first = switch (service) {
			case "gateway" -> this.gateway;
			case "tenant-service" -> this.tenant;
			case "report-service" -> this.report;
			case "analytics-service" -> this.analytics;
			default -> throw new IllegalArgumentException("Not a service: " + service);
		};
		String owner = (number == 1) ? first.owner() : first.owner() + " " + number;
		return new ServiceInstance(service, number,
				new NamedPort(owner, first.variable(), first.port() + ServiceInstance.PORT_STEP * (number - 1)));
	}

	/**
	 * The base URIs of every instance of a service, comma-separated: what the gateway and
	 * the services that call it spread their requests over.
	 * @param service the service
	 * @return for example {@code http://127.0.0.1:8082,http://127.0.0.1:8092}
	 */
	String urls(String service) {
		return instancesOf(service).stream().map(ServiceInstance::url).collect(Collectors.joining(","));
	}

	/**
	 * The interface a service listens on ({@code server.address}): 127.0.0.1, so that on
	 * one machine nothing but the gateway's port leads to the services, unless the
	 * service's {@code GONGKAI_<NAME>_ADDRESS} variable names another (a deployment that
	 * puts the services on several machines or in containers, for example 0.0.0.0).
	 * @param service gateway, tenant-service, report-service or analytics-service
	 * @return the address to listen on
	 */
	String address(String service) {
		String value = this.serviceSettings.get(addressVariable(service));
		return (value == null || value.isBlank()) ? LOOPBACK : value.trim();
	}

	static String addressVariable(String service) {
		return switch (service) {
			case "gateway" -> "GONGKAI_GATEWAY_ADDRESS";
			case "tenant-service" -> "GONGKAI_TENANT_ADDRESS";
			case "report-service" -> "GONGKAI_REPORT_ADDRESS";
			case "analytics-service" -> "GONGKAI_ANALYTICS_ADDRESS";
			default -> throw new IllegalArgumentException("Not a service: " + service);
		};
	}

	String mongoUri() {
		return embeddedStore() ? "mongodb://127.0.0.1:" + this.store.port() : this.externalMongoUri;
	}

	String issuerUri() {
		return url(this.keycloak) + "/realms/gongkai";
	}

	static String url(NamedPort port) {
		return "http://127.0.0.1:" + port.port();
	}

	Path logs() {
		return this.dataDir.resolve("logs");
	}

	Path run() {
		return this.dataDir.resolve("run");
	}

	Path launcherJar() {
		return this.home.resolve("deploy/target/deploy-0.1.0-SNAPSHOT.jar");
	}

	Path serviceJar(String module) {
		return this.home.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
	}

}
