package io.gongkai.gateway.tracing;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * The instance of a service a request was sent to, as the load balancer chose it (the
 * last one, when it was retried on another): what the access log and the fallback's
 * warning name, so that an operator sees which instance was slow or gone.
 */
public final class CalledInstances {

	private CalledInstances() {
	}

	/**
	 * {@code host:port} of the instance the request was last sent to, or {@code -} when
	 * it reached none (the gateway answered it, or no instance's circuit let it through).
	 */
	public static String of(ServerWebExchange exchange) {
		Response<ServiceInstance> chosen = exchange
			.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR);
		if (chosen == null || !chosen.hasServer()) {
			return "-";
		}
		return chosen.getServer().getHost() + ":" + chosen.getServer().getPort();
	}

}
