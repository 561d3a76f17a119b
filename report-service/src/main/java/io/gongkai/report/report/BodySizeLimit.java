package io.gongkai.report.report;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import io.gongkai.platform.problem.Problems;
import io.gongkai.report.problem.ReportProblem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses report request bodies over {@code gongkai.reports.max-body-size} with 413,
 * before anything is read or stored: by the declared length, or while reading a body of
 * unknown length.
 */
class BodySizeLimit extends OncePerRequestFilter {

	private final long limit;

	private final JsonMapper json;

	BodySizeLimit(Settings settings, JsonMapper json) {
		this.limit = settings.maxBodySize().toBytes();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		// uploads of published reports have their own, larger limits (multipart
		// settings),
		// and so has the bulk upload of exchange documents (gongkai.exchange.bulk)
		return !path.startsWith("/api/reports") || path.startsWith("/api/reports/imports")
				|| path.equals("/api/reports/exchange/bulk");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			ProblemDetail problem = problem(this.limit);
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(this.json.writeValueAsString(problem));
			return;
		}
		chain.doFilter(new Limited(request, this.limit), response);
	}

	static ProblemDetail problem(long limit) {
		ProblemDetail problem = Problems.of(ReportProblem.REPORT_BODY_TOO_LARGE, limit);
		problem.setProperty("limit", limit);
		return problem;
	}

	/** Settings of the report API. */
	@ConfigurationProperties("gongkai.reports")
	record Settings(@DefaultValue("2MB") DataSize maxBodySize) {

	}

	/** Thrown while reading a body of unknown length that passes the limit. */
	static class BodyTooLargeException extends RuntimeException {

		private final long limit;

		BodyTooLargeException(long limit) {
			super("The request body is larger than " + limit + " bytes");
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int next = body.read();
					count((next >= 0) ? 1 : 0);
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = body.read(buffer, offset, length);
					count(Math.max(count, 0));
					return count;
				}

				private void count(int bytes) {
					this.read += bytes;
					if (this.read > Limited.this.limit) {
						throw new BodyTooLargeException(Limited.this.limit);
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}

			};
		}

	}

}
