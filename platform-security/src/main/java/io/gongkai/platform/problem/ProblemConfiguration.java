package io.gongkai.platform.problem;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Makes every servlet service answer errors as problems, at every layer: the controllers,
 * the filters, the error dispatch and Tomcat's own refusals; and read JSON strictly
 * ({@link StrictJson}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
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

	@Bean
	FilterRegistrationBean<RequestHeaderChecks> requestHeaderChecks() {
		FilterRegistrationBean<RequestHeaderChecks> registration = new FilterRegistrationBean<>(
				new RequestHeaderChecks());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
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
				factory.addConnectorCustomizers(
						(connector) -> connector.setProperty("relaxedQueryChars", RELAXED_QUERY_CHARS));
				factory.addContextCustomizers((context) -> {
					if (context.getParent() instanceof StandardHost host) {
						host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					}
				});
			};
		}

	}

}
