package io.gongkai.platform.security.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * What tests listen on, and where nothing listens: a WireMock server standing in for a
 * neighbour (another service, Keycloak), and an address whose port refuses connections.
 * Everything on 127.0.0.1.
 */
public final class LocalServers {

	private LocalServers() {
	}

	/**
	 * A WireMock server on 127.0.0.1 and a free port, already started; stop it with
	 * {@link WireMockServer#stop()} (or leave it to the end of the test run).
	 * @return the started server
	 */
	public static WireMockServer wireMock() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		return server;
	}

	/**
	 * A port of 127.0.0.1 free a moment ago: nothing listens on it until a test starts
	 * something there, so a call to it is refused.
	 * @return the port
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
