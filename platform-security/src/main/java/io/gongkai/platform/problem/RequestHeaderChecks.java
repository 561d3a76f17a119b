package io.gongkai.platform.problem;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Idempotency-Key}, {@code If-Match},
 * {@code If-None-Match}, {@code Content-Type} or {@code Accept} is malformed with a 400
 * problem naming the header, before anything reads it. The container decodes header bytes
 * as ISO-8859-1, so a header sent in UTF-8 arrives as characters above U+007F: every
 * header checked here is visible ASCII only.
 */
public class RequestHeaderChecks extends OncePerRequestFilter {

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

	/**
	 * {@code *}, or entity tags ({@code "7"}, {@code W/"7"}; also bare {@code 7}),
	 * comma-separated.
	 */
	private static final String ENTITY_TAG = "(\\*|(W/)?\"[\\x21\\x23-\\x7e]{0,128}\"|[A-Za-z0-9._-]{1,128})";

	private static final Pattern ENTITY_TAGS = Pattern
		.compile("\\s*" + ENTITY_TAG + "(\\s*,\\s*" + ENTITY_TAG + ")*\\s*");

	private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x20-\\x7e\\t]*");

	private static final List<Check> CHECKS = List.of(
			new Check("Idempotency-Key", (value) -> IDEMPOTENCY_KEY.matcher(value).matches(),
					"label.header.idempotency-key"),
			new Check(HttpHeaders.IF_MATCH, RequestHeaderChecks::entityTags, "label.header.entity-tags"),
			new Check(HttpHeaders.IF_NONE_MATCH, RequestHeaderChecks::entityTags, "label.header.entity-tags"),
			new Check(HttpHeaders.CONTENT_TYPE, RequestHeaderChecks::mediaType, "label.header.media-type"),
			new Check(HttpHeaders.ACCEPT, RequestHeaderChecks::mediaTypes, "label.header.media-types"));

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Check check : CHECKS) {
			for (String value : Collections.list(request.getHeaders(check.header()))) {
				if (value.length() > 4096 || !check.valid().test(value)) {
					refuse(request, response, check);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Check check) throws IOException {
		ProblemDetail problem = Problems.of(PlatformProblem.INVALID_HEADER, check.header(),
				ProblemMessages.label(check.rule()));
		problem.setProperty("header", check.header());
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(ProblemJson.of(problem));
	}

	private static boolean entityTags(String value) {
		return ENTITY_TAGS.matcher(value).matches();
	}

	private static boolean mediaType(String value) {
		if (!VISIBLE_ASCII.matcher(value).matches()) {
			return false;
		}
		try {
			MediaType.parseMediaType(value);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean mediaTypes(String value) {
		if (!VISIBLE_ASCII.matcher(value).matches()) {
			return false;
		}
		try {
			MediaType.parseMediaTypes(value);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private record Check(String header, Predicate<String> valid, String rule) {

	}

}
