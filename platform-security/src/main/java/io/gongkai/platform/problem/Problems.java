package io.gongkai.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's RFC 9457 problem responses: a stable {@code type} per kind of
 * problem, a human title and a detail that says what to fix.
 */
public final class Problems {

	/** The base of every problem type URI. */
	public static final String TYPE_BASE = "https://gongkai.io/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

}
