package io.gongkai.platform.problem;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Makes every servlet service answer errors as problems, at every layer: the controllers,
 * the filters, the error dispatch and Tomcat's own refusals; and read JSON strictly
 * ({@link StrictJson}).
 */
@AutoConfiguration(before = { ErrorMvcAutoConfiguration.class, MultipartAutoConfiguration.class })
@EnableConfigurationProperties(MultipartProperties.class)
public class ProblemConfiguration {

	/** Characters Tomcat refuses in a query string unless told otherwise. */
	static final String RELAXED_QUERY_CHARS = "[]|{}^`\"<>\\";

	@Bean
	ApiExceptionHandler apiExceptionHandler() {
		return new ApiExceptionHandler();
	}

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return StrictJson::strict;
	}

	/**
	 * An address Spring Security's firewall refuses (an encoded slash or dot segment, a
	 * NUL, a semicolon) is a 400 problem, not an exception that ends as a 500.
	 */
	@Bean
	@ConditionalOnMissingBean(RequestRejectedHandler.class)
	RequestRejectedHandler problemRequestRejectedHandler() {
		return (request, response, exception) -> {
			ProblemDetail problem = Problems.of(PlatformProblem.REJECTED_ADDRESS);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(ProblemJson.of(problem));
		};
	}

	/**
	 * The texts of the problems and of the request fields' messages, which Bean
	 * Validation reads its {@code {key}} messages from.
	 */
	@Bean
	@ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource() {
		return ProblemMessages.source();
	}

	@Bean
	FilterRegistrationBean<RequestLanguageFilter> requestLanguage() {
		FilterRegistrationBean<RequestLanguageFilter> registration = new FilterRegistrationBean<>(
				new RequestLanguageFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestHeaderChecks> requestHeaderChecks() {
		FilterRegistrationBean<RequestHeaderChecks> registration = new FilterRegistrationBean<>(
				new RequestHeaderChecks());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Spring Boot's form upload resolver, which also refuses over-long or unprintable
	 * file names with a problem that names the limit.
	 */
	@Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	@ConditionalOnMissingBean(MultipartResolver.class)
	CheckedMultipartResolver multipartResolver(MultipartProperties properties) {
		CheckedMultipartResolver resolver = new CheckedMultipartResolver();
		resolver.setResolveLazily(properties.isResolveLazily());
		resolver.setStrictServletCompliance(properties.isStrictServletCompliance());
		return resolver;
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TomcatServletWebServerFactory.class)
	static class TomcatProblems {

		/**
		 * Lets brackets and the like through in query strings (the controllers judge the
		 * values), and has Tomcat answer what it refuses itself as a problem.
		 */
		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemTomcat() {
			return (factory) -> {
				factory.addConnectorCustomizers((connector) -> {
					connector.setProperty("relaxedQueryChars", RELAXED_QUERY_CHARS);
					connector.setMaxPartHeaderSize(CheckedMultipartResolver.MAX_PART_HEADER_BYTES);
				});
				factory.addContextCustomizers((context) -> {
					if (context.getParent() instanceof StandardHost host) {
						host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					}
				});
			};
		}

	}

}
