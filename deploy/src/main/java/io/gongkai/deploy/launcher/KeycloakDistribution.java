package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak's server distribution, obtained from Maven Central through the project's Maven
 * wrapper (so the user's mirror and proxy settings apply) and unzipped under
 * {@code <data>/keycloak/}. Keycloak keeps its own H2 database inside that folder, so
 * users survive restarts.
 */
final class KeycloakDistribution {

	private final LauncherSettings settings;

	private final Console console;

	KeycloakDistribution(LauncherSettings settings, Console console) {
		this.settings = settings;
		this.console = console;
	}

	Path home() {
		return this.settings.dataDir().resolve("keycloak").resolve("keycloak-" + LauncherSettings.KEYCLOAK_VERSION);
	}

	Path script() {
		return home().resolve("bin").resolve("kc.sh");
	}

	/**
	 * Downloads and unzips the distribution unless it is already there.
	 */
	void ensureInstalled() {
		if (Files.isRegularFile(script())) {
			return;
		}
		Path zip = download();
		unzip(zip, home().getParent());
		if (!Files.isRegularFile(script())) {
			throw new LauncherException("The Keycloak archive " + zip + " has no " + home().relativize(script())
					+ ": delete it and run ./gongkai up again");
		}
	}

	/**
	 * Puts the realm file where {@code --import-realm} reads it. Keycloak applies it only
	 * while the realm does not exist yet.
	 * @param realmJson the rendered realm
	 */
	void installRealm(String realmJson) {
		try {
			Path imports = home().resolve("data").resolve("import");
			Files.createDirectories(imports);
			Files.writeString(imports.resolve("gongkai-realm.json"), realmJson, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The command that runs Keycloak on 127.0.0.1 with its hostname pinned, so the
	 * tokens' {@code iss} is always {@code http://127.0.0.1:<port>/realms/gongkai}.
	 * @return the command
	 */
	List<String> startCommand() {
		int port = this.settings.keycloak().port();
		return List.of(script().toString(), "start-dev", "--http-port=" + port, "--http-host=127.0.0.1",
				"--hostname=http://127.0.0.1:" + port, "--import-realm");
	}

	private Path download() {
		Path folder = this.settings.dataDir().resolve("keycloak").resolve("download");
		String fileName = "keycloak-quarkus-dist-" + LauncherSettings.KEYCLOAK_VERSION + ".zip";
		Path zip = folder.resolve(fileName);
		if (Files.isRegularFile(zip)) {
			return zip;
		}
		this.console.step("Fetching Keycloak %s from Maven (about 160 MB, first time only)",
				LauncherSettings.KEYCLOAK_VERSION);
		Path mvnw = this.settings.home().resolve("mvnw");
		List<String> command = List.of(mvnw.toString(), "-q", "-N", "dependency:copy",
				"-Dartifact=org.keycloak:keycloak-quarkus-dist:" + LauncherSettings.KEYCLOAK_VERSION + ":zip",
				"-DoutputDirectory=" + folder);
		Path log = this.settings.logs().resolve("keycloak-download.log");
		try {
			Files.createDirectories(folder);
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(command).directory(this.settings.home().toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(30, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new LauncherException("Fetching Keycloak took more than 30 minutes; see " + log);
			}
			if (process.exitValue() != 0 || !Files.isRegularFile(zip)) {
				throw new LauncherException("Maven could not fetch org.keycloak:keycloak-quarkus-dist:"
						+ LauncherSettings.KEYCLOAK_VERSION + ":zip (exit " + process.exitValue() + "); see " + log
						+ "\n" + LogTail.lastLines(log, 15));
			}
			return zip;
		}
		catch (IOException ex) {
			throw new LauncherException("Could not run " + mvnw + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LauncherException("Interrupted while fetching Keycloak", ex);
		}
	}

	private void unzip(Path zip, Path target) {
		this.console.step("Unzipping Keycloak into %s", target);
		Path staging = target.resolve(".unzipping");
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			deleteRecursively(staging);
			Files.createDirectories(staging);
			int total = archive.size();
			int done = 0;
			int lastShown = 0;
			Enumeration<? extends ZipEntry> entries = archive.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path path = staging.resolve(entry.getName()).normalize();
				if (!path.startsWith(staging)) {
					throw new LauncherException(
							"Refusing the Keycloak archive: entry " + entry.getName() + " points outside its folder");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else {
					Files.createDirectories(path.getParent());
					try (InputStream in = archive.getInputStream(entry)) {
						Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
					}
					if (entry.getName().endsWith(".sh")) {
						path.toFile().setExecutable(true);
					}
				}
				done++;
				int percent = done * 100 / total;
				if (percent >= lastShown + 20) {
					lastShown = percent - percent % 20;
					this.console.say("    %d%% (%d of %d files)", lastShown, done, total);
				}
			}
			Path unpacked = staging.resolve(home().getFileName());
			Files.move(unpacked, home());
			deleteRecursively(staging);
		}
		catch (IOException ex) {
			throw new LauncherException(
					"Could not unzip " + zip + ": " + ex.getMessage() + " (delete it to download it again)", ex);
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var paths = Files.walk(path)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
