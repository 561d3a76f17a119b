package io.gongkai.gateway.tracing;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Lets Reactor copy the correlation id from its context into the logging MDC where the
 * code asks for it ({@code handle}, {@code tap}, Spring's handler methods; the gateway
 * runs with {@code spring.reactor.context-propagation=limited}). The gateway's own log
 * statements set it through {@link CorrelationIds}.
 */
@Component
class CorrelationIdLogging implements InitializingBean {

	@Override
	public void afterPropertiesSet() {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(CorrelationIdFilter.MDC_KEY));
	}

}
