package io.gongkai.deploy.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

/**
 * {@code ./gongkai up}: the store and Keycloak first, the four services together as soon
 * as the store answers, while Keycloak still starts; each told of as it becomes ready,
 * with its time and CPU to ready; demo data once everything is ready. If something does
 * not come up, what this run started is stopped again.
 */
final class StartUp {

	static final List<String> SERVICES = List.of("tenant-service", "report-service", "analytics-service", "gateway");

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	static final String KEYCLOAK_JVM_OPTIONS = "-XX:TieredStopAtLevel=1";

	private final LauncherSettings settings;

	private final Console console;

	private final HttpClient http;

	private final ObjectMapper json;

	private final PidFiles pidFiles;

	private final List<Started> started = new ArrayList<>();

	private Started keycloak;

	StartUp(LauncherSettings settings, Console console, HttpClient http, ObjectMapper json) {
		this.settings = settings;
		this.console = console;
		this.http = http;
		this.json = json;
		this.pidFiles = new PidFiles(settings.run());
	}

	/**
	 * Starts everything.
	 * @return the exit code: 0, or 3 when everything runs but demo data failed
	 */
	int run() {
		Instant begin = Instant.now();
		int atOnce = startsAtOnce();
		refuseIfRunning();
		PortCheck.requireFree(this.settings.ports());
		requireJars();
		try {
			startInfrastructure();
			startServices(atOnce);
		}
		catch (RuntimeException ex) {
			stopWhatThisRunStarted();
			throw ex;
		}
		int exitCode = loadDemoData();
		printSummary(Duration.between(begin, Instant.now()));
		return exitCode;
	}

	private void refuseIfRunning() {
		List<String> running = new ArrayList<>();
		for (PidFiles.RecordedProcess recorded : this.pidFiles.read()) {
			if (recorded.live().isPresent()) {
				running.add(recorded.name() + " (pid " + recorded.pid() + ")");
			}
			else {
				this.pidFiles.remove(recorded.name());
			}
		}
		if (!running.isEmpty()) {
			throw new LauncherException("Gongkai is already running: " + String.join(", ", running)
					+ ". See ./gongkai status, or stop it with ./gongkai down.");
		}
	}

	private void requireJars() {
		List<Path> jars = new ArrayList<>();
		jars.add(this.settings.launcherJar());
		SERVICES.forEach((service) -> jars.add(this.settings.serviceJar(service)));
		List<String> missing = jars.stream()
			.filter((jar) -> !Files.isRegularFile(jar))
			.map(Path::toString)
			.collect(Collectors.toList());
		if (!missing.isEmpty()) {
			throw new LauncherException(
					"Missing " + String.join(", ", missing) + ". Build them with: ./mvnw -q -DskipTests package");
		}
	}

	private void startInfrastructure() {
		KeycloakDistribution keycloak = new KeycloakDistribution(this.settings, this.console);
		keycloak.ensureInstalled();
		keycloak.installRealm(RealmFile.render(this.settings.gateway().port()));
		HealthWait health = new HealthWait(this.http, this.settings.startTimeout());
		Started store = null;
		if (this.settings.embeddedStore()) {
			this.console.step("Starting the embedded store on 127.0.0.1:%d", this.settings.store().port());
			store = start(new ServiceProcess("store",
					javaCommand("-Xmx" + heap("store"), "-Dloader.main=io.gongkai.store.EmbeddedStore", "-jar",
							this.settings.launcherJar().toString()),
					Map.of("GONGKAI_DATA_DIR", this.settings.dataDir().toString(), "GONGKAI_STORE_PORT",
							Integer.toString(this.settings.store().port())),
					this.settings.dataDir(), log("store")));
		}
		else {
			this.console.step("Using the MongoDB at GONGKAI_MONGODB_URI (no embedded store)");
		}
		this.console.step("Starting Keycloak %s on 127.0.0.1:%d (log: %s)", LauncherSettings.KEYCLOAK_VERSION,
				this.settings.keycloak().port(), log("keycloak"));
		Map<String, String> keycloakEnv = new HashMap<>();
		keycloakEnv.put("JAVA_HOME", System.getProperty("java.home"));
		keycloakEnv.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
		keycloakEnv.put("JAVA_OPTS_APPEND", keycloakJvmOptions());
		keycloakEnv.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
		keycloakEnv.put("KC_BOOTSTRAP_ADMIN_PASSWORD", DemoData.DEMO_PASSWORD);
		Started kc = start(
				new ServiceProcess("keycloak", keycloak.startCommand(), keycloakEnv, keycloak.home(), log("keycloak")));
		if (store != null) {
			health.untilListening("The embedded store", store.process(), this.settings.store().port(), store.log());
			this.console.say("    store ready (%s)", this.settings.mongoUri());
		}
		this.keycloak = kc;
	}

	/**
	 * Starts the services once the store answers, while Keycloak is still starting: they
	 * need it only for their first request. They start in turns ({@link #startsAtOnce}),
	 * by default one after another. A service without its class data archive
	 * ({@link ClassDataSharing}) gets it first, from a training run.
	 */
	private void startServices(int atOnce) {
		ClassDataSharing cds = new ClassDataSharing(this.settings.dataDir(),
				Path.of(System.getProperty("java.home"), "bin", "java"));
		List<ClassDataSharing.Training> trainings = new ArrayList<>();
		for (String service : SERVICES) {
			if (!cds.isCurrent(service, this.settings.serviceJar(service))) {
				trainings.add(cds.train(service, this.settings.serviceJar(service), jvmOptions(service),
						trainingEnvironment(service), log(service)));
			}
		}
		if (!trainings.isEmpty()) {
			this.console.step("Preparing the class data archives of %s (once; data/cds)",
					trainings.stream().map(ClassDataSharing.Training::service).collect(Collectors.joining(", ")));
			for (ClassDataSharing.Training training : trainings) {
				if (!cds.finish(training, this.settings.startTimeout().multipliedBy(2))) {
					this.console.say("    %s: no archive (see %s); it starts from its jar", training.service(),
							log(training.service()));
				}
			}
		}
		Deque<ServiceInstance> toStart = new ArrayDeque<>(instances());
		this.console.step(
				(atOnce == 1) ? "Starting %s, one after another (each once the one before is ready)" : "Starting %s",
				toStart.stream().map(ServiceInstance::name).collect(Collectors.joining(", ")));
		Map<String, ServiceInstance> byName = new HashMap<>();
		toStart.forEach((instance) -> byName.put(instance.name(), instance));
		List<HealthWait.Awaited> first = new ArrayList<>();
		first.add(new HealthWait.Awaited("Keycloak", this.keycloak.process(),
				URI.create(this.settings.issuerUri() + "/.well-known/openid-configuration"), this.keycloak.log()));
		for (int started = 0; !toStart.isEmpty() && (atOnce == 0 || started < atOnce); started++) {
			first.add(awaited(toStart.poll(), cds));
		}
		new HealthWait(this.http, this.settings.startTimeout()).untilEachHttpOk(first, (ready) -> {
			boolean keycloak = ready.name().equals("Keycloak");
			this.console.say("    %s ready (%s) in %d s, %.1f s of CPU", ready.name(),
					keycloak ? this.settings.issuerUri() : byName.get(ready.name()).url(), ready.took().toSeconds(),
					ready.cpu().toMillis() / 1000.0);
			return (keycloak || toStart.isEmpty()) ? List.of() : List.of(awaited(toStart.poll(), cds));
		});
	}

	/**
	 * How many services start at the same time ({@code GONGKAI_STARTS_AT_ONCE}, 0 for
	 * all): by default one, the next once the one before is ready. On two cores, beside
	 * Keycloak, a service started alone is ready in under 10 s, where four started
	 * together each take about 30 s; the whole platform is ready as soon either way, its
	 * CPU being the same (docs/benchmarks.md, "Start-up").
	 */
	int startsAtOnce() {
		String given = this.settings.serviceSettings().getOrDefault("GONGKAI_STARTS_AT_ONCE", "1").strip();
		try {
			int atOnce = Integer.parseInt(given);
			if (atOnce >= 0) {
				return atOnce;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new LauncherException(
				"GONGKAI_STARTS_AT_ONCE must be a whole number, 0 (all at once) or more; it is \"" + given + "\"");
	}

	private HealthWait.Awaited awaited(ServiceInstance instance, ClassDataSharing cds) {
		Started started = startInstance(instance, cds);
		return new HealthWait.Awaited(instance.name(), started.process(),
				URI.create(instance.url() + "/actuator/health/readiness"), started.log());
	}

	private Started startInstance(ServiceInstance instance, ClassDataSharing cds) {
		List<String> options = new ArrayList<>(jvmOptions(instance.service()));
		options.addAll(cds.launch(instance.service(), this.settings.serviceJar(instance.service())));
		return start(new ServiceProcess(instance.name(), javaCommand(options.toArray(String[]::new)),
				environmentOf(instance), this.settings.home(), log(instance.name())));
	}

	/**
	 * {@code ./gongkai restart NAME}: one instance of a running platform stopped, if it
	 * still runs, and started again as {@code up} started it (same command, environment,
	 * port, log and PID file), then waited for until it is ready. The platform's other
	 * processes are left alone.
	 * @param name the instance ({@code report-service}, {@code report-service-2},
	 * {@code gateway-2}, ...)
	 * @return the exit code
	 */
	int restart(String name) {
		ServiceInstance instance = instances().stream()
			.filter((candidate) -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new LauncherException("no instance " + name + " in this platform (known: "
					+ instances().stream().map(ServiceInstance::name).collect(Collectors.joining(", ")) + ")"));
		Instant begin = Instant.now();
		for (PidFiles.RecordedProcess recorded : this.pidFiles.read()) {
			if (recorded.name().equals(name)) {
				recorded.live().ifPresent((live) -> {
					this.console.step("Stopping %s (pid %d)", name, live.pid());
					ProcessStop.stop(List.of(live), STOP_GRACE);
				});
				this.pidFiles.remove(name);
			}
		}
		PortCheck.requireFree(List.of(instance.port()));
		ClassDataSharing cds = new ClassDataSharing(this.settings.dataDir(),
				Path.of(System.getProperty("java.home"), "bin", "java"));
		this.console.step("Starting %s", name);
		Started started = startInstance(instance, cds);
		new HealthWait(this.http, this.settings.startTimeout()).untilAllHttpOk(
				List.of(new HealthWait.Awaited(name, started.process(),
						URI.create(instance.url() + "/actuator/health/readiness"), started.log())),
				(ready) -> this.console.say("    %s ready (%s, pid %d) in %d s, %.1f s of CPU; %d s with the stop",
						name, instance.url(), started.process().pid(), ready.took().toSeconds(),
						ready.cpu().toMillis() / 1000.0, Duration.between(begin, Instant.now()).toSeconds()));
		return 0;
	}

	/**
	 * Every service instance to start, the instances of each service in {@link #SERVICES}
	 * order.
	 * @return the instances
	 */
	List<ServiceInstance> instances() {
		List<ServiceInstance> instances = new ArrayList<>();
		SERVICES.forEach((service) -> instances.addAll(this.settings.instancesOf(service)));
		return instances;
	}

	/**
	 * A service's environment: what every service is told, and where this one listens:
	 * its port and its address (127.0.0.1 unless the service's
	 * {@code GONGKAI_<NAME>_ADDRESS} says otherwise), both as Spring's own
	 * {@code SERVER_*} variables so that they hold whatever the jar's defaults are.
	 */
	Map<String, String> environmentOf(String service) {
		return environmentOf(this.settings.instancesOf(service).get(0));
	}

	Map<String, String> environmentOf(ServiceInstance instance) {
		Map<String, String> env = serviceEnvironment();
		env.put("SERVER_PORT", Integer.toString(instance.port().port()));
		env.put("SERVER_ADDRESS", this.settings.address(instance.service()));
		return env;
	}

	/**
	 * The JVM options a service runs with (and its training run): its heap, then
	 * {@code GONGKAI_JAVA_OPTIONS}, split at spaces.
	 */
	List<String> jvmOptions(String service) {
		List<String> options = new ArrayList<>(List.of("-Xmx" + heap(service)));
		String extra = this.settings.serviceSettings().getOrDefault("GONGKAI_JAVA_OPTIONS", "");
		for (String option : extra.trim().split("\\s+")) {
			if (!option.isEmpty()) {
				options.add(option);
			}
		}
		return options;
	}

	/**
	 * The options of Keycloak's JVM ({@code GONGKAI_KEYCLOAK_JAVA_OPTIONS}), by default
	 * {@value #KEYCLOAK_JVM_OPTIONS}: the C1 compiler only, which nearly halves the CPU
	 * Keycloak's start takes, for about 0.1 s more per password sign-in (its hash, a
	 * tight loop that C2 compiles better): the trade a platform on one machine wants,
	 * which starts often and signs in a few people (docs/benchmarks.md, "Start-up"). A
	 * Keycloak of a cluster is started by its operator, with its own options.
	 */
	String keycloakJvmOptions() {
		return this.settings.serviceSettings().getOrDefault("GONGKAI_KEYCLOAK_JAVA_OPTIONS", KEYCLOAK_JVM_OPTIONS);
	}

	/**
	 * The most heap a process may use: analytics-service holds the national read model in
	 * memory ({@code GONGKAI_ANALYTICS_HEAP}, default 1g); the embedded store sorts and
	 * counts in memory what a real MongoDB does with indexes ({@code GONGKAI_STORE_HEAP},
	 * default 1g); the other services 384m.
	 */
	String heap(String process) {
		return switch (process) {
			case "analytics-service" -> this.settings.serviceSettings().getOrDefault("GONGKAI_ANALYTICS_HEAP", "1g");
			case "store" -> this.settings.serviceSettings().getOrDefault("GONGKAI_STORE_HEAP", "1g");
			default -> "384m";
		};
	}

	/**
	 * A training run's environment: the service's, on no fixed port (the run stops before
	 * the service listens).
	 */
	private Map<String, String> trainingEnvironment(String service) {
		Map<String, String> env = environmentOf(service);
		env.put("SERVER_PORT", "0");
		return env;
	}

	Map<String, String> serviceEnvironment() {
		Map<String, String> env = new HashMap<>(this.settings.serviceSettings());
		env.put("GONGKAI_MONGODB_URI", this.settings.mongoUri());
		env.put("GONGKAI_ISSUER_URI", this.settings.issuerUri());
		for (NamedPort port : servicePorts().values()) {
			env.put(port.variable(), Integer.toString(port.port()));
		}
		env.put("GONGKAI_GATEWAY_URI", LauncherSettings.url(this.settings.gateway()));
		// every instance, comma-separated: the gateway and the services spread their
		// calls
		env.put("GONGKAI_TENANT_URI", this.settings.urls("tenant-service"));
		env.put("GONGKAI_REPORT_URI", this.settings.urls("report-service"));
		env.put("GONGKAI_ANALYTICS_URI", this.settings.urls("analytics-service"));
		env.put("GONGKAI_SERVICE_CLIENT_SECRET", LauncherSettings.SERVICE_CLIENT_SECRET);
		env.put("GONGKAI_WEB_CLIENT_SECRET", LauncherSettings.WEB_CLIENT_SECRET);
		env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
		return env;
	}

	private Map<String, NamedPort> servicePorts() {
		Map<String, NamedPort> ports = new LinkedHashMap<>();
		ports.put("tenant-service", this.settings.tenant());
		ports.put("report-service", this.settings.report());
		ports.put("analytics-service", this.settings.analytics());
		ports.put("gateway", this.settings.gateway());
		return ports;
	}

	private int loadDemoData() {
		this.console.step("Loading demo data through the gateway: published reports imported by their provinces");
		PasswordGrant tokens = new PasswordGrant(this.http, this.json, this.settings.issuerUri());
		GatewayCalls calls = new GatewayCalls(this.http, this.json, tokens,
				LauncherSettings.url(this.settings.gateway()));
		DemoData.Summary summary = new DemoData(calls, this.console, DemoTexts.shipped(this.json)).load();
		if (summary.reportsCreated() + summary.reportsPresent() == 0) {
			this.console.say("    Demo data is missing: no report could be imported (see the lines above).");
			this.console.say("    Everything is running; fix the cause and run ./gongkai down && ./gongkai up.");
			return 3;
		}
		return 0;
	}

	private void printSummary(Duration took) {
		String kc = LauncherSettings.url(this.settings.keycloak());
		this.console.say("");
		this.console.say("Gongkai is up (%d s). Logs in %s; stop it with ./gongkai down.", took.toSeconds(),
				this.settings.logs());
		this.console.say("");
		this.console.say("  Gateway                 %s", this.settings.urls("gateway").replace(",", ", "));
		this.console.say("  Keycloak admin console  %s/admin/  (master realm: admin / %s)", kc, DemoData.DEMO_PASSWORD);
		this.console.say("  Realm gongkai           %s", this.settings.issuerUri());
		this.console.say("  MongoDB                 %s",
				this.settings.embeddedStore() ? this.settings.mongoUri() : "GONGKAI_MONGODB_URI (external)");
		this.console.say("");
		this.console.say("  Demo logins (password %s)", DemoData.DEMO_PASSWORD);
		this.console.say("    %-20s %s", "admin", "platform-admin");
		this.console.say("    %-20s %s", "analyst", "national-analyst");
		for (String province : DemoData.provinces(DemoTexts.shipped(this.json))) {
			this.console.say("    %-20s %s", "coordinator-" + province, "provincial-coordinator, province " + province);
		}
		for (String province : List.of("210000", "620000", "460000", "140000", "370000")) {
			this.console.say("    %-20s %s", "reporter-" + province, "agency-reporter, province " + province);
		}
	}

	private Started start(ServiceProcess definition) {
		Process process = definition.start();
		ProcessHandle handle = process.toHandle();
		this.pidFiles.write(definition.name(), handle);
		Started started = new Started(definition.name(), handle, definition.log());
		this.started.add(started);
		return started;
	}

	private void stopWhatThisRunStarted() {
		if (this.started.isEmpty()) {
			return;
		}
		this.console.say("Stopping what this run started: %s",
				this.started.stream().map(Started::name).collect(Collectors.joining(", ")));
		List<Started> reversed = new ArrayList<>(this.started);
		java.util.Collections.reverse(reversed);
		ProcessStop.stop(reversed.stream().map(Started::process).toList(), STOP_GRACE);
		reversed.forEach((s) -> this.pidFiles.remove(s.name()));
	}

	private List<String> javaCommand(String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(args));
		return command;
	}

	private Path log(String name) {
		return this.settings.logs().resolve(name + ".log");
	}

	private record Started(String name, ProcessHandle process, Path log) {

	}

}
