package io.gongkai.platform.security;

/**
 * The caller's token names no province, so no province's data may be touched.
 */
public class NoProvinceException extends RuntimeException {

	private final String username;

	public NoProvinceException(String username) {
		super("No province on account " + username);
		this.username = username;
	}

	/** The user name of the account without a province. */
	public String username() {
		return this.username;
	}

}
