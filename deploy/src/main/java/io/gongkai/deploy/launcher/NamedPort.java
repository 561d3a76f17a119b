package io.gongkai.deploy.launcher;

/**
 * A port the launcher needs, with what uses it and the variable that changes it.
 *
 * @param owner what listens there, for messages ("gateway", "Keycloak")
 * @param variable the environment variable that sets it
 * @param port the port
 */
record NamedPort(String owner, String variable, int port) {

}
