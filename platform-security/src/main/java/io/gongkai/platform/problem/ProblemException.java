package io.gongkai.platform.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the caller can act on, answered as the problem it carries.
 */
public class ProblemException extends ErrorResponseException {

	/**
	 * The problem of a kind, in the current request's language.
	 * @param type the kind of problem
	 * @param args the arguments of its detail message
	 */
	public ProblemException(ProblemType type, Object... args) {
		this(Problems.of(type, args));
	}

	public ProblemException(ProblemDetail problem) {
		super(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
	}

	/**
	 * Adds an extension member, such as the fields or cells a problem concerns.
	 */
	public ProblemException with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
