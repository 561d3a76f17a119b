package io.gongkai.gateway.resilience;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a circuit breaker counts as a failure of the service: only what says the service
 * itself is down, unreachable or overwhelmed, never what one caller's request may have
 * caused, so that no caller can open a circuit for everyone.
 * <ul>
 * <li>counted: no answer within the time limit; a connection refused, reset or closed
 * before the answer (any {@link IOException}); the service answering 502, 503 or 504 (the
 * routes' {@code statusCodes}, which the filter turns into an
 * {@link HttpStatusCodeException});</li>
 * <li>not counted: every answer the service gives, 4xx and 500 included (a 500 can be one
 * caller's malformed request meeting a bug: it is relayed to that caller, and counting it
 * would let a dozen such requests shut the service off for every province), and any other
 * error, which the gateway raised itself while handling the request.</li>
 * </ul>
 */
final class ServiceFailures {

	private ServiceFailures() {
	}

	static boolean isServiceFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof TimeoutException || cause instanceof IOException) {
				return true;
			}
			if (cause instanceof HttpStatusCodeException status && isUnavailable(status.getStatusCode())) {
				return true;
			}
			if (cause instanceof ResponseStatusException status && isUnavailable(status.getStatusCode())) {
				return true;
			}
		}
		return false;
	}

	/** 502, 503 or 504: the service, or what stands in front of it, is not answering. */
	static boolean isUnavailable(HttpStatusCode status) {
		int code = status.value();
		return code == 502 || code == 503 || code == 504;
	}

}
