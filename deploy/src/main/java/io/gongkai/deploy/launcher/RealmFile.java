package io.gongkai.deploy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code gongkai} realm ({@code deploy/keycloak/gongkai-realm.json}, packaged in the
 * launcher jar) with its placeholders filled.
 */
final class RealmFile {

	static final String RESOURCE = "/keycloak/gongkai-realm.json";

	static final String GATEWAY_PORT_PLACEHOLDER = "${GONGKAI_GATEWAY_PORT}";

	private RealmFile() {
	}

	static String template() {
		try (InputStream in = RealmFile.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The realm with the gateway's redirect URIs pointing at the given port.
	 * @param gatewayPort the gateway port
	 * @return the realm JSON, ready for Keycloak's {@code data/import}
	 */
	static String render(int gatewayPort) {
		return template().replace(GATEWAY_PORT_PLACEHOLDER, Integer.toString(gatewayPort));
	}

}
