package io.gongkai.report.province;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SuspensionConfiguration implements WebMvcConfigurer {

	private final SuspendedProvinceGuard guard;

	SuspensionConfiguration(SuspendedProvinceGuard guard) {
		this.guard = guard;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.guard).addPathPatterns("/api/reports/**");
	}

}
