package io.gongkai.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongkai.platform.security.NoProvinceException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves a service as an RFC 9457 problem that says what to fix: never a
 * stack trace, never a class name.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NoProvinceException.class)
	ProblemDetail noProvince(NoProvinceException exception, HttpServletRequest request) {
		return located(
				Problems.of(HttpStatus.FORBIDDEN, "no-province", "No province on this account", exception.getMessage()),
				request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException exception, HttpServletRequest request) {
		return located(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
				"Your account's role does not allow this request."), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException exception, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some values are not acceptable: see 'errors'.");
		problem.setProperty("errors",
				exception.getConstraintViolations()
					.stream()
					.map((violation) -> Map.of("field", String.valueOf(violation.getPropertyPath()), "message",
							violation.getMessage()))
					.toList());
		return located(problem, request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception, HttpServletRequest request) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), exception);
		return located(
				Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
						"The request could not be completed. It was logged; try again or report the correlation id."),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some fields are not acceptable: see 'errors' for each field and what to fix.");
		List<Map<String, String>> errors = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Some parameters are not acceptable: see 'errors'.");
		problem.setProperty("errors",
				exception.getParameterValidationResults()
					.stream()
					.flatMap((result) -> result.getResolvableErrors()
						.stream()
						.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
								"message", String.valueOf(error.getDefaultMessage()))))
					.toList());
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				"The body is not valid JSON of the expected shape: " + readableCause(exception));
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getInstance() == null
				&& request instanceof org.springframework.web.context.request.ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		return response;
	}

	/**
	 * The parser's own words about where the body went wrong, without class names.
	 */
	private static String readableCause(HttpMessageNotReadableException exception) {
		Throwable cause = exception.getMostSpecificCause();
		String message = (cause != null) ? cause.getMessage() : exception.getMessage();
		if (message == null) {
			return "check the JSON syntax and the field types.";
		}
		String firstLine = message.lines().findFirst().orElse(message);
		return firstLine.replaceAll("\\(class [^)]*\\)", "").replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.([A-Z]\\w*)", "$2");
	}

	private static ProblemDetail located(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
