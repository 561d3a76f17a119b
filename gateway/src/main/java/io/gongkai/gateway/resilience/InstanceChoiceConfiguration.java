package io.gongkai.gateway.resilience;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ReactorLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The load balancer of each service ({@link InstanceChoice}), in the service's own Spring
 * Cloud LoadBalancer context: named in {@code @LoadBalancerClients} on
 * {@link ResilienceConfiguration}, and deliberately not a {@code @Configuration}, so that
 * component scanning leaves it out of the application's context.
 */
class InstanceChoiceConfiguration {

	@Bean
	ReactorLoadBalancer<ServiceInstance> instanceChoice(Environment environment,
			LoadBalancerClientFactory loadBalancers, InstanceCircuits circuits) {
		String service = environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
		return new InstanceChoice(service, loadBalancers.getLazyProvider(service, ServiceInstanceListSupplier.class),
				circuits);
	}

}
