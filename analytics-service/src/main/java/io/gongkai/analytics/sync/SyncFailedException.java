package io.gongkai.analytics.sync;

/**
 * Why a province's round stopped, in a short text fit for its cursor's {@code lastError}
 * (shown to admins and analysts: no class names, no stack traces, no tokens).
 */
class SyncFailedException extends RuntimeException {

	SyncFailedException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
