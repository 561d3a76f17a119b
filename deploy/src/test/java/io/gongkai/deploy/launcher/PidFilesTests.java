package io.gongkai.deploy.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PidFilesTests {

	@TempDir
	Path run;

	@Test
	void aRecordedProcessIsFoundAgainWhileItRuns() {
		PidFiles pidFiles = new PidFiles(this.run);
		pidFiles.write("gateway", ProcessHandle.current());
		assertThat(pidFiles.read()).singleElement().satisfies((recorded) -> {
			assertThat(recorded.name()).isEqualTo("gateway");
			assertThat(recorded.live()).contains(ProcessHandle.current());
		});
		pidFiles.remove("gateway");
		assertThat(pidFiles.read()).isEmpty();
	}

	@Test
	void aReusedPidIsNotMistakenForOurProcess() throws Exception {
		Files.writeString(this.run.resolve("keycloak.pid"),
				ProcessHandle.current().pid() + "\n" + Instant.parse("2001-01-01T00:00:00Z") + "\n");
		assertThat(new PidFiles(this.run).read()).singleElement()
			.satisfies((recorded) -> assertThat(recorded.live()).isEmpty());
	}

}
