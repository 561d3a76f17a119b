package io.gongkai.platform.security.client;

/**
 * Thrown inside a {@link Neighbour} call when the answer arrived but cannot be used (a
 * missing field, a page out of order): the call is tried again like one that failed, is
 * counted by the circuit breaker, and ends as a {@link NeighbourUnavailableException}
 * saying {@code "sent a malformed answer: <reason>"}.
 */
public class UnreadableAnswerException extends RuntimeException {

	public UnreadableAnswerException(String reason) {
		super(reason);
	}

	public UnreadableAnswerException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
