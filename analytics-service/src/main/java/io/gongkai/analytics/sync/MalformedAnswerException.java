package io.gongkai.analytics.sync;

/**
 * A neighbour answered 2xx with something synchronisation cannot use: unreadable JSON, a
 * page cut short, fields missing or out of order. Retried and counted by the circuit
 * breaker like a 5xx, since a truncated transfer is usually transient.
 */
class MalformedAnswerException extends RuntimeException {

	MalformedAnswerException(String reason) {
		super(reason);
	}

	MalformedAnswerException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
