package io.gongkai.platform.problem;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's RFC 9457 problem responses: a stable {@code type} per kind of
 * problem, a human title and a detail that says what to fix, both from the message
 * bundles in the language of the request ({@link RequestLanguage}).
 */
public final class Problems {

	/** The base of every problem type URI. */
	public static final String TYPE_BASE = "https://gongkai.io/problems/";

	private Problems() {
	}

	/**
	 * The problem of a kind, in the current request's language.
	 * @param type the kind of problem
	 * @param args the arguments of its detail message: ids, limits, labels
	 */
	public static ProblemDetail of(ProblemType type, Object... args) {
		return of(RequestLanguage.current(), type, args);
	}

	/** The problem of a kind, in the given language. */
	public static ProblemDetail of(Locale locale, ProblemType type, Object... args) {
		Locale language = RequestLanguage.supported(locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(),
				ProblemMessages.detail(type, language, args));
		problem.setType(URI.create(TYPE_BASE + type.slug()));
		problem.setTitle(ProblemMessages.title(type, language));
		return problem;
	}

}
