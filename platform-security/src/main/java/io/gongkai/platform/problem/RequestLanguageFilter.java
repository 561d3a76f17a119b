package io.gongkai.platform.problem;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;

/**
 * Answers every request in the language its {@code Accept-Language} asks for, Chinese by
 * default ({@link RequestLanguage}): the request's locale, seen by Spring's locale
 * resolver and Bean Validation, is that language, and so is the locale of everything that
 * runs before the dispatcher (the security filters, the header checks).
 */
class RequestLanguageFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http)) {
			chain.doFilter(request, response);
			return;
		}
		Locale language = RequestLanguage.of(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(language);
		try {
			chain.doFilter(new InLanguage(http, language), response);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	private static final class InLanguage extends HttpServletRequestWrapper {

		private final Locale language;

		InLanguage(HttpServletRequest request, Locale language) {
			super(request);
			this.language = language;
		}

		@Override
		public Locale getLocale() {
			return this.language;
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(List.of(this.language));
		}

	}

}
