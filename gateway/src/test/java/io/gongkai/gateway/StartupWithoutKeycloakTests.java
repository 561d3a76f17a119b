package io.gongkai.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway must come up while Keycloak is still starting (or down): nothing is
 * discovered from the issuer at start-up, keys are fetched with the first token.
 */
class StartupWithoutKeycloakTests {

	@Test
	void theGatewayStartsWithoutAskingKeycloakAnything() {
		WireMockServer keycloak = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		keycloak.start();
		try (ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1",
				"--gongkai.gateway.issuer-uri=" + keycloak.baseUrl() + TestEnvironment.REALM_PATH)) {
			assertThat(gateway.isRunning()).isTrue();
			assertThat(keycloak.getAllServeEvents()).as("requests Keycloak received during start-up").isEmpty();
		}
		finally {
			keycloak.stop();
		}
	}

}
