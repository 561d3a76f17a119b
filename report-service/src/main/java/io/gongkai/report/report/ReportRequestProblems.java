package io.gongkai.report.report;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import io.gongkai.platform.problem.PlatformProblem;
import io.gongkai.platform.problem.ApiExceptionHandler;
import io.gongkai.report.template.FieldLabels;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
		ProblemDetail problem = ApiExceptionHandler.unreadable(exception, PlatformProblem.MALFORMED_BODY,
				FieldLabels::of);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	@ExceptionHandler(BodySizeLimit.BodyTooLargeException.class)
	ProblemDetail tooLarge(BodySizeLimit.BodyTooLargeException exception, HttpServletRequest request) {
		ProblemDetail problem = BodySizeLimit.problem(exception.limit());
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
