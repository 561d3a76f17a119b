package io.gongkai.deploy.launcher;

import java.util.List;

/**
 * {@code ./gongkai status}: what the PID files say and whether each process still runs.
 */
final class StatusReport {

	private final PidFiles pidFiles;

	private final LauncherSettings settings;

	private final Console console;

	StatusReport(PidFiles pidFiles, LauncherSettings settings, Console console) {
		this.pidFiles = pidFiles;
		this.settings = settings;
		this.console = console;
	}

	/**
	 * Prints the status.
	 * @return 0 when everything recorded runs, 1 when nothing runs, 2 when only part runs
	 */
	int run() {
		List<PidFiles.RecordedProcess> recorded = this.pidFiles.read();
		if (recorded.isEmpty()) {
			this.console.say("Gongkai is not running.");
			return 1;
		}
		int alive = 0;
		for (PidFiles.RecordedProcess process : recorded) {
			boolean running = process.live().isPresent();
			alive += running ? 1 : 0;
			this.console.say("  %-18s pid %-8d %-8s %s", process.name(), process.pid(), running ? "running" : "STOPPED",
					where(process.name()));
		}
		if (alive == recorded.size()) {
			this.console.say("Gongkai is running: gateway %s", LauncherSettings.url(this.settings.gateway()));
			return 0;
		}
		this.console.say("Some processes are not running: see %s, then ./gongkai down && ./gongkai up",
				this.settings.logs());
		return (alive == 0) ? 1 : 2;
	}

	private String where(String name) {
		return switch (name) {
			case "keycloak" -> LauncherSettings.url(this.settings.keycloak());
			case "store" -> this.settings.mongoUri();
			default -> instanceUrl(name);
		};
	}

	/**
	 * Where a service instance listens, by its number: status needs no GONGKAI_INSTANCES.
	 */
	private String instanceUrl(String name) {
		String service = ServiceInstance.serviceOf(name);
		if (!StartUp.SERVICES.contains(service)) {
			return "";
		}
		int number = name.equals(service) ? 1 : Integer.parseInt(name.substring(service.length() + 1));
		LauncherSettings all = this.settings.withInstances(Math.max(number, this.settings.instances()));
		return all.instancesOf(service).get(number - 1).url();
	}

}
