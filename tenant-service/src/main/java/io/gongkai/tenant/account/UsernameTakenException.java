package io.gongkai.tenant.account;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.tenant.problem.TenantProblem;

class UsernameTakenException extends ProblemException {

	UsernameTakenException(String username) {
		super(TenantProblem.USERNAME_TAKEN, username);
		with("field", "username");
	}

}
