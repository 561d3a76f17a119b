package io.gongkai.gateway.tracing;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Lets Reactor copy the correlation id from its context into the logging MDC on every
 * thread that works on the request ({@code spring.reactor.context-propagation=auto}), so
 * every log line of a request carries the id, not only the access log line.
 */
@Component
class CorrelationIdLogging implements InitializingBean {

	@Override
	public void afterPropertiesSet() {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(CorrelationIdFilter.MDC_KEY));
	}

}
