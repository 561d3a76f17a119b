package io.gongkai.deploy.launcher;

/**
 * An expected failure (a busy port, a service that does not become healthy, a missing
 * jar): its message is shown to the user as is, without a stack trace.
 */
class LauncherException extends RuntimeException {

	LauncherException(String message) {
		super(message);
	}

	LauncherException(String message, Throwable cause) {
		super(message, cause);
	}

}
