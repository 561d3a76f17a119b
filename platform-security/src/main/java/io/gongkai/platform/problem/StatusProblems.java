package io.gongkai.platform.problem;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a refusal known only by its status: what the servlet container refuses
 * before a controller is reached (an unknown path, a malformed request line, a header or
 * address too long).
 */
public final class StatusProblems {

	private StatusProblems() {
	}

	/** The problem for a status, in the current request's language. */
	public static ProblemDetail of(int status) {
		return of(RequestLanguage.current(), status);
	}

	/** The problem for a status, in the given language. */
	public static ProblemDetail of(Locale locale, int status) {
		HttpStatus known = HttpStatus.resolve(status);
		int code = (status >= 400 && status <= 599) ? status : 500;
		ProblemDetail problem = switch ((known != null) ? known : HttpStatus.INTERNAL_SERVER_ERROR) {
			case BAD_REQUEST -> Problems.of(locale, PlatformProblem.BAD_REQUEST);
			case UNAUTHORIZED -> Problems.of(locale, PlatformProblem.UNAUTHENTICATED);
			case FORBIDDEN -> Problems.of(locale, PlatformProblem.FORBIDDEN);
			case NOT_FOUND -> Problems.of(locale, PlatformProblem.NOT_FOUND);
			case METHOD_NOT_ALLOWED -> Problems.of(locale, PlatformProblem.METHOD_NOT_ALLOWED);
			case NOT_ACCEPTABLE -> Problems.of(locale, PlatformProblem.NOT_ACCEPTABLE);
			case CONTENT_TOO_LARGE -> Problems.of(locale, PlatformProblem.BODY_TOO_LARGE);
			case URI_TOO_LONG -> Problems.of(locale, PlatformProblem.URI_TOO_LONG);
			case UNSUPPORTED_MEDIA_TYPE -> Problems.of(locale, PlatformProblem.UNSUPPORTED_MEDIA_TYPE);
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> Problems.of(locale, PlatformProblem.HEADERS_TOO_LARGE);
			case HTTP_VERSION_NOT_SUPPORTED -> Problems.of(locale, PlatformProblem.HTTP_VERSION_NOT_SUPPORTED);
			case SERVICE_UNAVAILABLE -> Problems.of(locale, PlatformProblem.SERVICE_UNAVAILABLE);
			default -> (status >= 500) ? Problems.of(locale, PlatformProblem.INTERNAL_ERROR)
					: Problems.of(locale, PlatformProblem.REQUEST_REFUSED, status);
		};
		problem.setStatus(code);
		return problem;
	}

}
