package io.gongkai.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.cloud.client.ServiceInstance;

import static org.assertj.core.api.Assertions.assertThat;

class RefusedInstancesTests {

	private final RefusedInstances refused = new RefusedInstances();

	private final BackendInstances instances = new BackendInstances(new BackendServices(Map.of("report-service",
			List.of(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8092")))), this.refused);

	@Test
	void anInstanceThatRefusedAConnectionIsLeftOutWhileAnotherRemains() {
		assertThat(ports()).containsExactly(8082, 8092);

		this.refused.refused(URI.create("http://127.0.0.1:8092/api/reports/abc/submit"));

		assertThat(ports()).containsExactly(8082);
	}

	@Test
	void whenEveryInstanceRefusedEveryOneIsTriedRatherThanNone() {
		this.refused.refused(URI.create("http://127.0.0.1:8082/api/reports"));
		this.refused.refused(URI.create("http://127.0.0.1:8092/api/reports"));

		assertThat(ports()).containsExactly(8082, 8092);
	}

	private List<Integer> ports() {
		return this.instances.getInstances("report-service").map(ServiceInstance::getPort).collectList().block();
	}

}
