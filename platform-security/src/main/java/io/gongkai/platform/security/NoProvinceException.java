package io.gongkai.platform.security;

/**
 * The caller's token names no province, so no province's data may be touched.
 */
public class NoProvinceException extends RuntimeException {

	public NoProvinceException(String username) {
		super("The account '" + username + "' belongs to no province; province data can only be reached "
				+ "with an account of that province.");
	}

}
