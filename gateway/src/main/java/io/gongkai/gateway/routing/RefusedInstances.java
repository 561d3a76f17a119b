package io.gongkai.gateway.routing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Instances that refused a connection lately, left out of the load balancer's choice for
 * {@link #PAUSE}: an instance that is gone (killed, restarting) then costs one refused
 * connection per pause and per gateway, not one in every two requests. Without this, the
 * retry on the next instance ({@link NextInstanceRetry}) could meet the same gone
 * instance again, since requests running at the same time move the round robin on between
 * an attempt and its retry. After the pause the instance is chosen again; if it still
 * refuses, it is left out again (the request that met it goes on to another).
 */
@Component
class RefusedInstances {

	/** How long an instance that refused a connection is left out. */
	static final Duration PAUSE = Duration.ofSeconds(5);

	private final Map<String, Long> leftOutUntil = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	/**
	 * Notes that the instance at {@code url} refused a connection.
	 * @param url the URL the request was sent to
	 */
	void refused(URI url) {
		this.leftOutUntil.put(key(url.getHost(), url.getPort()), this.clock.millis() + PAUSE.toMillis());
	}

	/**
	 * Whether the instance at {@code host:port} refused a connection within the pause.
	 */
	boolean isLeftOut(String host, int port) {
		Long until = this.leftOutUntil.get(key(host, port));
		return until != null && until > this.clock.millis();
	}

	private static String key(String host, int port) {
		return host + ":" + port;
	}

}
