package io.gongkai.platform.security.client;

/**
 * A neighbour refused a request (it answered 4xx): its answer, not a failure. Never tried
 * again and not counted by the circuit breaker; the caller says what the refusal means
 * (404: no such thing). The message names the neighbour, what was asked and the status
 * ({@code "tenant-service agency 210000-x: refused the request (404)"}).
 */
public class NeighbourRefusedException extends RuntimeException {

	private final String neighbour;

	private final int status;

	NeighbourRefusedException(String neighbour, String what, int status, Throwable cause) {
		super(neighbour + " " + what + ": refused the request (" + status + ")", cause);
		this.neighbour = neighbour;
		this.status = status;
	}

	/**
	 * The neighbour's name.
	 */
	public String neighbour() {
		return this.neighbour;
	}

	/**
	 * The HTTP status of the refusal (400–499).
	 */
	public int status() {
		return this.status;
	}

	/**
	 * Whether the neighbour has no such thing (404).
	 */
	public boolean notFound() {
		return this.status == 404;
	}

}
