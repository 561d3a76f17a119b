package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortCheckTests {

	@Test
	void busyPortIsNamedWithTheVariableThatMovesIt() throws IOException {
		try (ServerSocket busy = new ServerSocket()) {
			busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = busy.getLocalPort();
			List<NamedPort> ports = List.of(new NamedPort("Keycloak", "GONGKAI_KEYCLOAK_PORT", freePort()),
					new NamedPort("gateway", "GONGKAI_GATEWAY_PORT", port));
			assertThatThrownBy(() -> PortCheck.requireFree(ports)).isInstanceOf(LauncherException.class)
				.hasMessageContaining("Port " + port + " (gateway) is already in use")
				.hasMessageContaining("GONGKAI_GATEWAY_PORT=<port>");
		}
	}

	@Test
	void freePortsPass() throws IOException {
		List<NamedPort> ports = List.of(new NamedPort("gateway", "GONGKAI_GATEWAY_PORT", freePort()));
		assertThatCode(() -> PortCheck.requireFree(ports)).doesNotThrowAnyException();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
