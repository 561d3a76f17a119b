package io.gongkai.deploy.launcher;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherSettingsTests {

	private final Path home = Path.of("/opt/gongkai");

	@Test
	void defaultsMatchTheDocumentedPortsAndTheEmbeddedStore() {
		LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of(), this.home);
		assertThat(settings.ports()).extracting(NamedPort::port).containsExactly(8180, 8080, 8081, 8082, 8083, 27018);
		assertThat(settings.dataDir()).isEqualTo(Path.of("/opt/gongkai/data"));
		assertThat(settings.mongoUri()).isEqualTo("mongodb://127.0.0.1:27018");
		assertThat(settings.issuerUri()).isEqualTo("http://127.0.0.1:8180/realms/gongkai");
	}

	@Test
	void anExternalMongoDbReplacesTheEmbeddedStoreAndFreesItsPort() {
		LauncherSettings settings = LauncherSettings
			.fromEnvironment(Map.of("GONGKAI_MONGODB_URI", "mongodb://db.example:27017/?replicaSet=rs0"), this.home);
		assertThat(settings.embeddedStore()).isFalse();
		assertThat(settings.mongoUri()).isEqualTo("mongodb://db.example:27017/?replicaSet=rs0");
		assertThat(settings.ports()).extracting(NamedPort::variable).doesNotContain("GONGKAI_STORE_PORT");
	}

	@Test
	void aPortThatIsNotANumberIsRefusedByName() {
		assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("GONGKAI_TENANT_PORT", "eighty"), this.home))
			.isInstanceOf(LauncherException.class)
			.hasMessageContaining("GONGKAI_TENANT_PORT=eighty");
	}

	@Test
	void servicesAreToldWhereEverythingIs() {
		LauncherSettings settings = LauncherSettings
			.fromEnvironment(Map.of("GONGKAI_KEYCLOAK_PORT", "9180", "GONGKAI_REPORT_PORT", "9082"), this.home);
		Map<String, String> env = new StartUp(settings, Console.system(), null, null).serviceEnvironment();
		assertThat(env).containsEntry("GONGKAI_ISSUER_URI", "http://127.0.0.1:9180/realms/gongkai")
			.containsEntry("GONGKAI_REPORT_URI", "http://127.0.0.1:9082")
			.containsEntry("GONGKAI_REPORT_PORT", "9082")
			.containsEntry("GONGKAI_MONGODB_URI", "mongodb://127.0.0.1:27018")
			.containsEntry("GONGKAI_SERVICE_CLIENT_SECRET", "gongkai-service-secret")
			.containsEntry("GONGKAI_WEB_CLIENT_SECRET", "gongkai-web-secret")
			.containsKeys("GONGKAI_TENANT_URI", "GONGKAI_ANALYTICS_URI");
	}

	@Test
	void analyticsGetsTheHeapOfItsInMemoryReadModelAndOthersAModestOne() {
		StartUp defaults = new StartUp(LauncherSettings.fromEnvironment(Map.of(), this.home), Console.system(), null,
				null);
		assertThat(defaults.heap("analytics-service")).isEqualTo("1g");
		assertThat(defaults.heap("report-service")).isEqualTo("384m");
		assertThat(defaults.heap("store")).isEqualTo("1g");
		StartUp larger = new StartUp(
				LauncherSettings.fromEnvironment(Map.of("GONGKAI_ANALYTICS_HEAP", "1536m"), this.home),
				Console.system(), null, null);
		assertThat(larger.heap("analytics-service")).isEqualTo("1536m");
	}

	@Test
	void servicesRunWithTheJavaOptionsGivenAfterTheirHeap() {
		StartUp given = new StartUp(
				LauncherSettings.fromEnvironment(
						Map.of("GONGKAI_JAVA_OPTIONS", " -XX:+UseSerialGC  -XX:TieredStopAtLevel=1 "), this.home),
				Console.system(), null, null);
		assertThat(given.jvmOptions("analytics-service")).containsExactly("-Xmx1g", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1");
		StartUp none = new StartUp(LauncherSettings.fromEnvironment(Map.of("GONGKAI_JAVA_OPTIONS", ""), this.home),
				Console.system(), null, null);
		assertThat(none.jvmOptions("report-service")).containsExactly("-Xmx384m");
	}

	@Test
	void keycloakStartsOnTheC1CompilerUnlessOtherOptionsAreGiven() {
		StartUp defaults = new StartUp(LauncherSettings.fromEnvironment(Map.of(), this.home), Console.system(), null,
				null);
		assertThat(defaults.keycloakJvmOptions()).isEqualTo("-XX:TieredStopAtLevel=1");
		StartUp fullJit = new StartUp(
				LauncherSettings.fromEnvironment(Map.of("GONGKAI_KEYCLOAK_JAVA_OPTIONS", ""), this.home),
				Console.system(), null, null);
		assertThat(fullJit.keycloakJvmOptions()).isEmpty();
	}

	@Test
	void servicesStartOneAfterAnotherUnlessMoreAtOnceAreAskedFor() {
		assertThat(startUp(Map.of()).startsAtOnce()).isEqualTo(1);
		assertThat(startUp(Map.of("GONGKAI_STARTS_AT_ONCE", "0")).startsAtOnce()).as("all at once").isZero();
		assertThat(startUp(Map.of("GONGKAI_STARTS_AT_ONCE", " 2 ")).startsAtOnce()).isEqualTo(2);
		assertThatThrownBy(() -> startUp(Map.of("GONGKAI_STARTS_AT_ONCE", "all")).startsAtOnce())
			.isInstanceOf(LauncherException.class)
			.hasMessageContaining("GONGKAI_STARTS_AT_ONCE")
			.hasMessageContaining("\"all\"");
	}

	private StartUp startUp(Map<String, String> env) {
		return new StartUp(LauncherSettings.fromEnvironment(env, this.home), Console.system(), null, null);
	}

	@Test
	void everyServiceListensOnThisMachineOnlyUnlessADeploymentSaysOtherwise() {
		StartUp defaults = new StartUp(LauncherSettings.fromEnvironment(Map.of(), this.home), Console.system(), null,
				null);
		for (String service : StartUp.SERVICES) {
			assertThat(defaults.environmentOf(service)).as(service)
				.containsEntry("SERVER_ADDRESS", "127.0.0.1")
				.containsKey("SERVER_PORT");
		}
		assertThat(defaults.environmentOf("report-service")).containsEntry("SERVER_PORT", "8082");

		StartUp deployment = new StartUp(
				LauncherSettings.fromEnvironment(Map.of("GONGKAI_TENANT_ADDRESS", "0.0.0.0"), this.home),
				Console.system(), null, null);
		assertThat(deployment.environmentOf("tenant-service")).containsEntry("SERVER_ADDRESS", "0.0.0.0");
		assertThat(deployment.environmentOf("report-service")).containsEntry("SERVER_ADDRESS", "127.0.0.1");
		assertThat(deployment.environmentOf("analytics-service")).containsEntry("SERVER_ADDRESS", "127.0.0.1");
		assertThat(deployment.environmentOf("gateway")).containsEntry("SERVER_ADDRESS", "127.0.0.1");
	}

	@Test
	void severalInstancesListenTenPortsApartAndEveryServiceIsToldOfThemAll() {
		LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of("GONGKAI_INSTANCES", "2"), this.home);
		assertThat(settings.ports()).extracting(NamedPort::port)
			.containsExactly(8180, 8080, 8081, 8082, 8083, 8090, 8091, 8092, 8093, 27018);
		StartUp startUp = new StartUp(settings, Console.system(), null, null);
		assertThat(startUp.instances()).extracting(ServiceInstance::name)
			.containsExactly("tenant-service", "tenant-service-2", "report-service", "report-service-2",
					"analytics-service", "analytics-service-2", "gateway", "gateway-2");
		ServiceInstance secondReport = settings.instancesOf("report-service").get(1);
		assertThat(startUp.environmentOf(secondReport)).containsEntry("SERVER_PORT", "8092")
			.containsEntry("GONGKAI_REPORT_URI", "http://127.0.0.1:8082,http://127.0.0.1:8092")
			.containsEntry("GONGKAI_TENANT_URI", "http://127.0.0.1:8081,http://127.0.0.1:8091")
			.containsEntry("GONGKAI_ANALYTICS_URI", "http://127.0.0.1:8083,http://127.0.0.1:8093");
		assertThat(startUp.environmentOf("report-service")).containsEntry("SERVER_PORT", "8082");
	}

	@Test
	void oneInstanceIsWhatRunsWithoutTheSettingAndTheCommandLineSetsIt() {
		assertThat(LauncherSettings.fromEnvironment(Map.of(), this.home).instances()).isEqualTo(1);
		Map<String, String> env = GongkaiLauncher.withOptions(new String[] { "up", "--instances", "3" },
				Map.of("GONGKAI_INSTANCES", "2"));
		assertThat(LauncherSettings.fromEnvironment(env, this.home).instances()).isEqualTo(3);
		assertThatThrownBy(() -> GongkaiLauncher.withOptions(new String[] { "up", "--instanses", "3" }, Map.of()))
			.isInstanceOf(LauncherException.class)
			.hasMessageContaining("--instanses");
	}

	@Test
	void aNumberOfInstancesThatWouldCollideOrMeansNothingIsRefused() {
		for (String wrong : new String[] { "0", "10", "two" }) {
			assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("GONGKAI_INSTANCES", wrong), this.home))
				.as(wrong)
				.isInstanceOf(LauncherException.class)
				.hasMessageContaining("GONGKAI_INSTANCES=" + wrong);
		}
	}

	@Test
	void aProcessNameSaysWhichServiceItIsAnInstanceOf() {
		assertThat(ServiceInstance.serviceOf("report-service")).isEqualTo("report-service");
		assertThat(ServiceInstance.serviceOf("report-service-2")).isEqualTo("report-service");
		assertThat(ServiceInstance.serviceOf("gateway-3")).isEqualTo("gateway");
		assertThat(ServiceInstance.serviceOf("keycloak")).isEqualTo("keycloak");
	}

	@Test
	void theGatewayIsGivenTheStoreSoThatEveryGatewaySharesTheRateLimits() {
		StartUp embedded = new StartUp(LauncherSettings.fromEnvironment(Map.of(), this.home), Console.system(), null,
				null);
		assertThat(embedded.environmentOf("gateway")).containsEntry("GONGKAI_MONGODB_URI", "mongodb://127.0.0.1:27018");
		StartUp external = new StartUp(
				LauncherSettings.fromEnvironment(
						Map.of("GONGKAI_MONGODB_URI", "mongodb://db.example:27017/?replicaSet=rs0"), this.home),
				Console.system(), null, null);
		assertThat(external.environmentOf("gateway")).containsEntry("GONGKAI_MONGODB_URI",
				"mongodb://db.example:27017/?replicaSet=rs0");
	}

}
