package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Checks, before anything starts, that every port is free on 127.0.0.1.
 */
final class PortCheck {

	private PortCheck() {
	}

	/**
	 * Fails on the first busy port, naming it and the variable that moves it.
	 * @param ports the ports to check
	 * @throws LauncherException if a port is in use
	 */
	static void requireFree(List<NamedPort> ports) {
		for (NamedPort port : ports) {
			if (!isFree(port.port())) {
				throw new LauncherException(String.format(
						"Port %d (%s) is already in use on 127.0.0.1. Stop what uses it, or choose another port: %s=<port> ./gongkai up",
						port.port(), port.owner(), port.variable()));
			}
		}
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			// like the servers themselves: connections in TIME_WAIT do not make a port
			// busy
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
