package io.gongkai.analytics.publicfigures;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Entity tags for the public answers, so that a conditional request for an unchanged
 * answer gets 304 without its body.
 */
@Configuration(proxyBeanMethods = false)
class PublicFiguresConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicEntityTags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/public/*");
		registration.setName("publicEntityTags");
		return registration;
	}

}
