package io.gongkai.tenant.account;

import io.gongkai.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

class UsernameTakenException extends ProblemException {

	UsernameTakenException(String username) {
		super(HttpStatus.CONFLICT, "username-taken", "User name taken",
				"An account named '" + username + "' already exists; choose another user name.");
		with("field", "username");
	}

}
