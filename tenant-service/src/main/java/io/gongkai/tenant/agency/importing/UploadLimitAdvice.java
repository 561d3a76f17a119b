package io.gongkai.tenant.agency.importing;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import io.gongkai.platform.problem.ProblemException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload refused by the servlet container for its size gets the import's own problem,
 * which names the limit, rather than a generic one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final ImportLimits limits;

	UploadLimitAdvice(ImportLimits limits) {
		this.limits = limits;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) {
		ProblemException problem = ImportProblems.tooLarge(this.limits);
		ProblemDetail body = problem.getBody();
		body.setInstance(URI.create(request.getRequestURI()));
		return body;
	}

}
