package io.gongkai.gateway.resilience;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.gongkai.gateway.routing.BackendServices;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The load balancer's choice among a service's instances, by their circuits: two
 * instances of report-service, circuits opened after 2 calls of which half fail.
 */
class InstanceChoiceTests {

	private static final ServiceInstance FIRST = new DefaultServiceInstance("report-service-1", "report-service",
			"127.0.0.1", 8082, false);

	private static final ServiceInstance SECOND = new DefaultServiceInstance("report-service-2", "report-service",
			"127.0.0.1", 8092, false);

	private final InstanceCircuits circuits = new InstanceCircuits(CircuitBreakerRegistry.ofDefaults(),
			new ResilienceProperties(Duration.ofSeconds(10), 1000,
					new ResilienceProperties.InstanceCircuit(50, 4, 2, Duration.ofMinutes(10), 1)),
			new BackendServices(Map.of("report-service",
					List.of(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8092")))));

	private final InstanceChoice choice = new InstanceChoice("report-service",
			new StaticListableBeanFactory(Map.of("instances", instances()))
				.getBeanProvider(ServiceInstanceListSupplier.class),
			this.circuits);

	@Test
	void requestsGoToEachInstanceInTurnWhileTheirCircuitsAreClosed() {
		assertThat(ports(4)).containsExactlyInAnyOrder(8082, 8092, 8082, 8092);
	}

	@Test
	void anInstanceWhoseCircuitOpenedIsLeftOutAndTheOtherTakesEveryRequest() {
		failTwice(FIRST);

		assertThat(ports(6)).containsOnly(8092);
	}

	@Test
	void anInstanceThatRefusedAConnectionIsLeftOutAtOnceWhileAnotherIsNotOpen() {
		this.circuits.refused(SECOND, 1_000, new ConnectException("Connection refused"));

		assertThat(ports(6)).containsOnly(8082);
	}

	@Test
	void theLastInstanceNotOpenIsNotLeftOutForOneRefusal() {
		failTwice(FIRST);

		this.circuits.refused(SECOND, 1_000, new ConnectException("Connection refused"));

		assertThat(ports(3)).containsOnly(8092);
	}

	@Test
	void whenEveryInstancesCircuitIsOpenTheRequestFailsAtOnce() {
		failTwice(FIRST);
		failTwice(SECOND);

		assertThatThrownBy(() -> this.choice.choose(new DefaultRequest<>()).block())
			.isInstanceOf(EveryInstanceOpen.class);
	}

	@Test
	void aHalfOpenInstanceGetsOnlyItsTrialCall() {
		failTwice(FIRST);
		this.circuits.of(FIRST).transitionToHalfOpenState();

		List<Integer> ports = ports(6);

		assertThat(ports).filteredOn((port) -> port == 8082).as("the one trial call").hasSize(1);
		assertThat(ports).filteredOn((port) -> port == 8092).hasSize(5);
	}

	private void failTwice(ServiceInstance instance) {
		for (int call = 0; call < 2; call++) {
			this.circuits.of(instance).acquirePermission();
			this.circuits.of(instance)
				.onError(1_000, TimeUnit.NANOSECONDS, new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE));
		}
	}

	/** The ports of the instances chosen for {@code requests} requests, none answered. */
	private List<Integer> ports(int requests) {
		List<Integer> ports = new ArrayList<>();
		for (int request = 0; request < requests; request++) {
			Response<ServiceInstance> chosen = this.choice.choose(new DefaultRequest<>()).block();
			ports.add(chosen.getServer().getPort());
		}
		return ports;
	}

	private static ServiceInstanceListSupplier instances() {
		return new ServiceInstanceListSupplier() {

			@Override
			public String getServiceId() {
				return "report-service";
			}

			@Override
			public Flux<List<ServiceInstance>> get() {
				return Flux.just(List.of(FIRST, SECOND));
			}

		};
	}

}
