package io.gongkai.deploy.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RestartTests {

	@TempDir
	Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void aProcessNameSaysWhichInstanceItIs() {
		assertThat(ServiceInstance.numberOf("report-service")).isEqualTo(1);
		assertThat(ServiceInstance.numberOf("report-service-2")).isEqualTo(2);
		assertThat(ServiceInstance.numberOf("gateway-9")).isEqualTo(9);
	}

	@Test
	void anInstanceThePlatformDoesNotHaveIsRefusedNamingThoseItHas() throws IOException {
		// the platform was started with two instances: its PID files say so, whatever
		// GONGKAI_INSTANCES says to the restart
		Files.createDirectories(this.data.resolve("run"));
		Files.writeString(this.data.resolve("run").resolve("report-service-2.pid"), "999999999\n");
		int exit = restart("report-service-3");
		assertThat(exit).isEqualTo(1);
		assertThat(said()).contains("no instance report-service-3")
			.contains("report-service-2")
			.contains("gateway-2")
			.doesNotContain("report-service-3,");
	}

	@Test
	void aRestartWithoutAnInstanceSaysHowToNameOne() {
		int exit = GongkaiLauncher.run(new String[] { "restart" }, Map.of("GONGKAI_DATA_DIR", this.data.toString()),
				console());
		assertThat(exit).isEqualTo(1);
		assertThat(said()).contains("./gongkai restart report-service-2");
	}

	private int restart(String name) {
		return GongkaiLauncher.run(new String[] { "restart", name }, Map.of("GONGKAI_DATA_DIR", this.data.toString()),
				console());
	}

	private Console console() {
		return new Console(new PrintStream(this.out, true, StandardCharsets.UTF_8));
	}

	private String said() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
