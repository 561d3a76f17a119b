package io.gongkai.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gongkai.platform.security.test.LocalServers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway must come up while Keycloak is still starting (or down): nothing is
 * discovered from the issuer at start-up, keys are fetched with the first token.
 */
class StartupWithoutKeycloakTests {

	@Test
	void theGatewayStartsWithoutAskingKeycloakAnything() {
		WireMockServer keycloak = LocalServers.wireMock();
		try (ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class,
				OwnNettyResources.class)
			.run("--server.port=0", "--server.address=127.0.0.1",
					"--gongkai.gateway.issuer-uri=" + keycloak.baseUrl() + TestEnvironment.REALM_PATH)) {
			assertThat(gateway.isRunning()).isTrue();
			assertThat(keycloak.getAllServeEvents()).as("requests Keycloak received during start-up").isEmpty();
		}
		finally {
			keycloak.stop();
		}
	}

	/**
	 * Netty's event loops of this gateway's own: closing it must not shut down the shared
	 * ones the other tests' gateway (a context kept for the whole run) still proxies
	 * with.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OwnNettyResources {

		@Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			return resources;
		}

	}

}
