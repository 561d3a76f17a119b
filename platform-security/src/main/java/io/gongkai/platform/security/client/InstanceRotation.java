package io.gongkai.platform.security.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Spreads a client's calls over the instances of the service it calls: each call goes to
 * the next instance in turn, and a call that could not reach its instance (connection
 * refused or not opened in time: nothing was sent) goes on to the next one, whatever its
 * method. A call an instance received is never sent again here; the caller's own retry
 * decides about that.
 */
final class InstanceRotation implements ClientHttpRequestInterceptor {

	private final List<URI> instances;

	private final AtomicInteger next = new AtomicInteger();

	InstanceRotation(List<URI> instances) {
		this.instances = List.copyOf(instances);
	}

	/**
	 * The instances a base URI setting names: one URI, or several separated by commas.
	 * @param setting for example {@code http://127.0.0.1:8081,http://127.0.0.1:8091}
	 * @return the URIs, in the order given
	 */
	static List<URI> instances(String setting) {
		return Arrays.stream(setting.split(","))
			.map(String::trim)
			.filter((uri) -> !uri.isEmpty())
			.map(URI::create)
			.toList();
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		int first = Math.floorMod(this.next.getAndIncrement(), this.instances.size());
		IOException unreached = null;
		for (int attempt = 0; attempt < this.instances.size(); attempt++) {
			URI instance = this.instances.get((first + attempt) % this.instances.size());
			try {
				return execution.execute(at(request, instance), body);
			}
			catch (IOException ex) {
				if (!isUnreached(ex)) {
					throw ex;
				}
				unreached = ex;
			}
		}
		throw unreached;
	}

	private static HttpRequest at(HttpRequest request, URI instance) {
		URI uri = UriComponentsBuilder.fromUri(request.getURI())
			.scheme(instance.getScheme())
			.host(instance.getHost())
			.port(instance.getPort())
			.build(true)
			.toUri();
		return new HttpRequestWrapper(request) {

			@Override
			public URI getURI() {
				return uri;
			}

		};
	}

	private static boolean isUnreached(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
