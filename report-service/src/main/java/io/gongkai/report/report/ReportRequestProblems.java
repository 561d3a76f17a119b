package io.gongkai.report.report;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import io.gongkai.platform.problem.Problems;
import tools.jackson.core.JacksonException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems for report request bodies that are not JSON of the expected shape, naming the
 * field where the body went wrong ({@code field}, e.g.
 * {@code cells.t3.new_received.total}), and for bodies over the size limit.
 */
@RestControllerAdvice(basePackageClasses = ReportRequestProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportRequestProblems {

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
		Throwable cause = exception.getMostSpecificCause();
		if (cause instanceof BodySizeLimit.BodyTooLargeException tooLarge) {
			return tooLarge(tooLarge, request);
		}
		String field = null;
		String message = "check the JSON syntax and the field types.";
		if (exception.getCause() instanceof JacksonException jackson) {
			String path = path(jackson);
			field = path.isEmpty() ? null : path;
			String original = jackson.getOriginalMessage();
			if (original != null) {
				message = original.lines()
					.findFirst()
					.orElse(original)
					.replaceAll("`?java\\.lang\\.(\\w+)`?", "$1")
					.replaceAll("`?[a-z]+(\\.[a-z0-9]+)+\\.([A-Z][\\w$]*)`?", "$2");
			}
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				"The body is not valid JSON of the expected shape" + ((field != null) ? " at '" + field + "'" : "")
						+ ": " + message);
		if (field != null) {
			problem.setProperty("field", field);
		}
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	@ExceptionHandler(BodySizeLimit.BodyTooLargeException.class)
	ProblemDetail tooLarge(BodySizeLimit.BodyTooLargeException exception, HttpServletRequest request) {
		ProblemDetail problem = BodySizeLimit.problem(exception.limit());
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static String path(JacksonException exception) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
