package io.gongkai.platform.tracing;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the gateway's, or a new one), puts it in the log
 * context and returns it, so one request can be followed through every service.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	/** The header that carries the id between the gateway and the services. */
	public static final String HEADER = "X-Correlation-Id";

	/** The log context key, used in the log pattern as {@code %X{correlationId}}. */
	public static final String MDC_KEY = "correlationId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = (incoming != null && SANE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}
