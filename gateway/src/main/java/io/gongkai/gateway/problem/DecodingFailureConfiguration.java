package io.gongkai.gateway.problem;

import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link DecodingFailureProblems} into every connection's pipeline, right after the
 * HTTP codec, so that the requests Reactor Netty refuses before the gateway sees them are
 * answered with problems too.
 */
@Configuration(proxyBeanMethods = false)
class DecodingFailureConfiguration {

	static final String HANDLER_NAME = "gongkai.decodingFailureProblems";

	@Bean
	NettyServerCustomizer decodingFailureProblems(JsonMapper jsonMapper) {
		return (server) -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline()
					.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new DecodingFailureProblems(jsonMapper));
			}
		});
	}

}
