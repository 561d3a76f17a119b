package io.gongkai.deploy.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./gongkai down}: stops exactly the processes recorded in the PID files, the
 * services before Keycloak and the store, and removes the files.
 */
final class ShutDown {

	private static final Duration GRACE = Duration.ofSeconds(20);

	private final PidFiles pidFiles;

	private final Console console;

	ShutDown(PidFiles pidFiles, Console console) {
		this.pidFiles = pidFiles;
		this.console = console;
	}

	int run() {
		List<PidFiles.RecordedProcess> recorded = new ArrayList<>(this.pidFiles.read());
		if (recorded.isEmpty()) {
			this.console.say("Gongkai is not running (no PID files).");
			return 0;
		}
		// services first, then what they depend on
		recorded.sort((a, b) -> Integer.compare(order(a.name()), order(b.name())));
		List<ProcessHandle> services = new ArrayList<>();
		List<ProcessHandle> infrastructure = new ArrayList<>();
		for (PidFiles.RecordedProcess process : recorded) {
			Optional<ProcessHandle> live = process.live();
			if (live.isPresent()) {
				this.console.say("Stopping %s (pid %d)", process.name(), process.pid());
				(order(process.name()) == 0 ? services : infrastructure).add(live.get());
			}
			else {
				this.console.say("%s (pid %d) was not running", process.name(), process.pid());
			}
		}
		List<ProcessHandle> killed = new ArrayList<>(ProcessStop.stop(services, GRACE));
		killed.addAll(ProcessStop.stop(infrastructure, GRACE));
		killed.forEach((p) -> this.console.say("pid %d did not stop within %d s: killed", p.pid(), GRACE.toSeconds()));
		recorded.forEach((process) -> this.pidFiles.remove(process.name()));
		this.console.say("Gongkai is stopped.");
		return 0;
	}

	private static int order(String name) {
		return StartUp.SERVICES.contains(ServiceInstance.serviceOf(name)) ? 0 : 1;
	}

}
