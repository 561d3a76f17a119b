package io.gongkai.tenant.account;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.problem.TenantProblem;

import org.springframework.http.HttpHeaders;

/**
 * Keycloak did not answer in time, or answered with a server error, after retries: the
 * request changed nothing and can be retried later.
 */
class KeycloakUnavailableException extends ProblemException {

	KeycloakUnavailableException(String action) {
		super(TenantProblem.IDENTITY_UNAVAILABLE, action);
		getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
	}

}
