package io.gongkai.deploy.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A process to start in the background: its command, environment and log file. It runs in
 * its own session when {@code setsid} is available, so Ctrl-C in the terminal that ran
 * {@code ./gongkai up} does not stop it.
 *
 * @param name the name used for its log and PID files
 * @param command the command
 * @param environment variables added to the launcher's environment
 * @param workingDirectory where it runs
 * @param log where its output goes
 */
record ServiceProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
		Path log) {

	private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

	Process start() {
		List<String> full = new ArrayList<>();
		SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent((setsid) -> full.add(setsid.toString()));
		full.addAll(this.command);
		try {
			Files.createDirectories(this.log.getParent());
			Files.writeString(this.log, "---- " + Instant.now() + " ./gongkai up starts " + this.name + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			ProcessBuilder builder = new ProcessBuilder(full).directory(this.workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			builder.environment().putAll(this.environment);
			return builder.start();
		}
		catch (IOException ex) {
			throw new LauncherException(
					"Could not start " + this.name + " (" + String.join(" ", this.command) + "): " + ex.getMessage(),
					ex);
		}
	}

}
