package io.gongkai.analytics.synthetic;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every analytics answer says when the national read model holds a synthetic nation:
 * header {@value #HEADER} with the years it covers ({@link SyntheticData}), such as
 * {@code 2012-2021}, so that every page showing the figures can say so.
 */
@Component
class SyntheticDataHeader extends OncePerRequestFilter {

	static final String HEADER = "Gongkai-Synthetic-Data";

	private final SyntheticData synthetic;

	SyntheticDataHeader(SyntheticData synthetic) {
		this.synthetic = synthetic;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/analytics/")
				&& !request.getRequestURI().startsWith("/api/public/analytics/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.synthetic.years().ifPresent((years) -> response.setHeader(HEADER, years));
		chain.doFilter(request, response);
	}

}
