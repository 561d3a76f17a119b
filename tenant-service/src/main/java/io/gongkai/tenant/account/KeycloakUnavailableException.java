package io.gongkai.tenant.account;

import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Keycloak did not answer in time, or answered with a server error, after retries: the
 * request changed nothing and can be retried later.
 */
class KeycloakUnavailableException extends ProblemException {

	KeycloakUnavailableException(String action) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable", "Identity service unavailable",
				"Keycloak could not be reached to " + action + "; nothing was changed. Try again in a minute.");
		getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
	}

}
