package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium and its ChromeDriver, which the browser tests drive. A machine
 * without them gets them from Debian's packages the first time (as root, or through
 * password-less sudo), so that the README's test command is enough on a fresh machine.
 */
final class DebianChromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private static final long INSTALL_MINUTES = 10;

	private DebianChromium() {
	}

	/** Installs the two packages unless both programs are there already. */
	static synchronized void ensureInstalled() {
		if (installed()) {
			return;
		}
		if (!apt("install", "-y", "-q", "chromium", "chromium-driver")) {
			// a fresh machine may not have read the package lists yet
			apt("update", "-q");
			apt("install", "-y", "-q", "chromium", "chromium-driver");
		}
		if (!installed()) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver packages "
					+ "and could not install them: run 'apt-get install chromium chromium-driver' as root");
		}
	}

	private static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	private static boolean apt(String... arguments) {
		List<String> command = new ArrayList<>();
		if (!"root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("sudo", "-n"));
		}
		command.add("apt-get");
		command.addAll(List.of(arguments));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
			builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
			Process process = builder.start();
			if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException exception) {
			return false;
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
