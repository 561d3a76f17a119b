package io.gongkai.platform.security.client;

/**
 * A neighbour could not give an answer: it was not reached, did not answer in time,
 * answered with a server error or with something unreadable (after the retries), its
 * circuit is open, or the platform's service account got no token or was refused. The
 * call may succeed later; each service maps this to its own "neighbour unavailable"
 * problem. The message says briefly what went wrong, for logs and operators
 * ({@code "tenant-service registry of 210000 page 0: answered 503"}).
 */
public class NeighbourUnavailableException extends RuntimeException {

	private static final int MAX_MESSAGE = 300;

	private final String neighbour;

	private final String what;

	private final boolean unreadableAnswer;

	NeighbourUnavailableException(String neighbour, String what, String reason, boolean unreadableAnswer,
			Throwable cause) {
		super(shortened(neighbour + " " + what + ": " + reason), cause);
		this.neighbour = neighbour;
		this.what = what;
		this.unreadableAnswer = unreadableAnswer;
	}

	/**
	 * The neighbour's name ({@code tenant-service}, {@code report-service},
	 * {@code keycloak}).
	 */
	public String neighbour() {
		return this.neighbour;
	}

	/**
	 * What was asked ({@code "feed of 210000 after 42"}).
	 */
	public String what() {
		return this.what;
	}

	/**
	 * Whether the neighbour answered, but with something that could not be read (rather
	 * than not answering at all).
	 */
	public boolean unreadableAnswer() {
		return this.unreadableAnswer;
	}

	private static String shortened(String text) {
		return (text.length() > MAX_MESSAGE) ? text.substring(0, MAX_MESSAGE) : text;
	}

}
