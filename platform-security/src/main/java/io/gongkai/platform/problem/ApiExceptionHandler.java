package io.gongkai.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongkai.platform.security.NoProvinceException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
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
		return located(Problems.of(PlatformProblem.NO_PROVINCE, exception.username()), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException exception, HttpServletRequest request) {
		return located(Problems.of(PlatformProblem.FORBIDDEN), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException exception, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(PlatformProblem.INVALID_VALUES);
		problem.setProperty("errors",
				exception.getConstraintViolations()
					.stream()
					.map((violation) -> Map.of("field", String.valueOf(violation.getPropertyPath()), "message",
							violation.getMessage()))
					.toList());
		return located(problem, request);
	}

	@ExceptionHandler(InvalidMediaTypeException.class)
	ProblemDetail invalidMediaType(InvalidMediaTypeException exception, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(PlatformProblem.INVALID_MEDIA_TYPE);
		return located(problem, request);
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformedMultipart(MultipartException exception, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(PlatformProblem.MALFORMED_MULTIPART);
		return located(problem, request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception exception, HttpServletRequest request) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), exception);
		return located(Problems.of(PlatformProblem.INTERNAL_ERROR), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(PlatformProblem.INVALID_FIELDS);
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
		ProblemDetail problem = Problems.of(PlatformProblem.INVALID_PARAMETERS);
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
		return handleExceptionInternal(exception, unreadable(exception, PlatformProblem.MALFORMED_BODY), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * The problem for a body that could not be read, in plain words, naming the field.
	 * @param malformed the kind of problem for a body the parser refused, whose detail is
	 * what is wrong and where
	 */
	public static ProblemDetail unreadable(HttpMessageNotReadableException exception, ProblemType malformed) {
		return unreadable(exception, malformed, (field) -> java.util.Optional.empty());
	}

	/**
	 * The problem for a body that could not be read, naming the field by its label where
	 * the service has one
	 * ({@link JsonProblems#of(JacksonException, ProblemType, java.util.function.Function)}).
	 */
	public static ProblemDetail unreadable(HttpMessageNotReadableException exception, ProblemType malformed,
			java.util.function.Function<String, java.util.Optional<String>> labels) {
		for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return JsonProblems.of(jackson, malformed, labels);
			}
		}
		return (exception.getMessage() != null && exception.getMessage().startsWith("Required request body"))
				? Problems.of(PlatformProblem.MISSING_BODY) : Problems.of(PlatformProblem.UNREADABLE_BODY);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				ProblemDetail known = StatusProblems.of(problem.getStatus());
				problem.setType(known.getType());
				problem.setTitle(known.getTitle());
				if (problem.getDetail() == null) {
					problem.setDetail(known.getDetail());
				}
			}
			if (problem.getInstance() == null
					&& request instanceof org.springframework.web.context.request.ServletWebRequest servlet) {
				problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
			}
		}
		return response;
	}

	private static ProblemDetail located(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
