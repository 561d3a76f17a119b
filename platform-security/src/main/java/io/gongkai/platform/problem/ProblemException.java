package io.gongkai.platform.problem;

import java.util.Locale;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the caller can act on, answered as the problem it carries.
 */
public class ProblemException extends ErrorResponseException {

	private final transient ProblemType type;

	private final transient Object[] args;

	/**
	 * The problem of a kind, in the current request's language.
	 * @param type the kind of problem
	 * @param args the arguments of its detail message
	 */
	public ProblemException(ProblemType type, Object... args) {
		super(type.status(), Problems.of(type, args), null);
		this.type = type;
		this.args = args;
	}

	public ProblemException(ProblemDetail problem) {
		super(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
		this.type = null;
		this.args = null;
	}

	/**
	 * The detail in a language, for a text kept to be read later in either (a batch
	 * file's outcome): the problem's own detail when it was not made from a kind of
	 * problem.
	 */
	public String detailIn(Locale language) {
		return (this.type != null) ? ProblemMessages.detail(this.type, RequestLanguage.supported(language), this.args)
				: getBody().getDetail();
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
