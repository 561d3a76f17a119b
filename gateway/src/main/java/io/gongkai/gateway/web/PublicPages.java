package io.gongkai.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The public pages' entry, {@code /public/} (and {@code /public}): published reports for
 * everyone, without signing in. Their code is under {@code /app/public/}; they read
 * {@code /api/public/**} only.
 */
@Configuration(proxyBeanMethods = false)
class PublicPages {

	private static final Resource ENTRY = new ClassPathResource("static/public/index.html");

	@Bean
	RouterFunction<ServerResponse> publicPagesEntry() {
		return RouterFunctions.route(RequestPredicates.GET("/public").or(RequestPredicates.GET("/public/")),
				(request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(ENTRY));
	}

}
