package io.gongkai.report.report;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report API's settings and its body size limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodySizeLimit.Settings.class)
class ReportApiConfiguration {

	@Bean
	FilterRegistrationBean<BodySizeLimit> reportBodySizeLimit(BodySizeLimit.Settings settings, JsonMapper json) {
		FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
				new BodySizeLimit(settings, json));
		registration.addUrlPatterns("/api/reports", "/api/reports/*");
		return registration;
	}

}
