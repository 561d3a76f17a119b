package io.gongkai.deploy.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry point of {@code ./gongkai up | down | status}. Expected failures end with their
 * message and a non-zero exit code, never with a stack trace.
 */
public final class GongkaiLauncher {

	private GongkaiLauncher() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), Console.system()));
	}

	static int run(String[] args, Map<String, String> env, Console console) {
		String command = (args.length > 0) ? args[0] : "";
		Path home = Path.of(System.getProperty("gongkai.home", ".")).toAbsolutePath().normalize();
		try {
			LauncherSettings settings = LauncherSettings.fromEnvironment(withOptions(args, env), home);
			PidFiles pidFiles = new PidFiles(settings.run());
			return switch (command) {
				case "up" -> new StartUp(settings, console, httpClient(), json()).run();
				case "down" -> new ShutDown(pidFiles, console).run();
				case "status" -> new StatusReport(pidFiles, settings, console).run();
				case "restart" -> restart(args, settings, pidFiles, console);
				default -> {
					console.say(
							"Usage: ./gongkai up [--instances N] | down | status | restart INSTANCE | extract FILE... | demo synthetic [AGENCIES]");
					yield 64;
				}
			};
		}
		catch (LauncherException ex) {
			console.say("");
			console.say("gongkai %s failed: %s", command, ex.getMessage());
			return 1;
		}
	}

	/**
	 * {@code restart NAME}: as many instances as the running platform has (its PID files
	 * say, whatever {@code GONGKAI_INSTANCES} says now), so that the restarted instance
	 * is told of every other one.
	 */
	static int restart(String[] args, LauncherSettings settings, PidFiles pidFiles, Console console) {
		if (args.length != 2) {
			throw new LauncherException(
					"say which instance: ./gongkai restart report-service-2 (see ./gongkai status)");
		}
		int running = pidFiles.read()
			.stream()
			.map(PidFiles.RecordedProcess::name)
			.filter((name) -> StartUp.SERVICES.contains(ServiceInstance.serviceOf(name)))
			.mapToInt(ServiceInstance::numberOf)
			.max()
			.orElse(settings.instances());
		LauncherSettings platform = settings.withInstances(Math.max(running, settings.instances()));
		return new StartUp(platform, console, httpClient(), json()).restart(args[1]);
	}

	/**
	 * The environment with what the command line sets: {@code up --instances N} is
	 * {@code GONGKAI_INSTANCES=N}.
	 */
	static Map<String, String> withOptions(String[] args, Map<String, String> env) {
		Map<String, String> merged = new java.util.HashMap<>(env);
		if (args.length > 0 && args[0].equals("restart")) {
			return merged;
		}
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--instances") && i + 1 < args.length) {
				merged.put("GONGKAI_INSTANCES", args[++i]);
			}
			else if (args[i].startsWith("--instances=")) {
				merged.put("GONGKAI_INSTANCES", args[i].substring("--instances=".length()));
			}
			else {
				throw new LauncherException("unknown option " + args[i] + " (known: --instances N)");
			}
		}
		return merged;
	}

	private static java.net.http.HttpClient httpClient() {
		return java.net.http.HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(java.net.http.HttpClient.Version.HTTP_1_1)
			.build();
	}

	private static ObjectMapper json() {
		return JsonMapper.builder().build();
	}

}
