package io.gongkai.analytics.sync;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Calls to one neighbour service, each through that neighbour's Resilience4j retry and
 * circuit breaker (both named after it), with every failure turned into a
 * {@link SyncFailedException} saying briefly what went wrong.
 */
final class NeighbourCalls {

	private static final int MAX_REASON = 300;

	private final String neighbour;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Duration readTimeout;

	NeighbourCalls(String neighbour, CircuitBreaker circuitBreaker, Retry retry, Duration readTimeout) {
		this.neighbour = neighbour;
		this.circuitBreaker = circuitBreaker;
		this.retry = retry;
		this.readTimeout = readTimeout;
	}

	/**
	 * Runs {@code call} guarded; inside it, a response that cannot be read becomes a
	 * {@link MalformedAnswerException} so that it is retried and counted.
	 */
	<T> T call(String what, Supplier<T> call) {
		Supplier<T> readable = () -> {
			try {
				return call.get();
			}
			catch (RestClientResponseException | ResourceAccessException exception) {
				throw exception;
			}
			catch (RestClientException exception) {
				throw new MalformedAnswerException("unreadable answer", exception);
			}
		};
		try {
			return Retry.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.circuitBreaker, readable))
				.get();
		}
		catch (CallNotPermittedException exception) {
			throw failed(what, "circuit breaker open after repeated failures; not called", exception);
		}
		catch (ResourceAccessException exception) {
			String reason = timedOut(exception) ? "no answer within " + this.readTimeout.toMillis() + " ms"
					: "connection failed (" + rootMessage(exception) + ")";
			throw failed(what, reason, exception);
		}
		catch (HttpClientErrorException exception) {
			throw failed(what, "refused the request (" + exception.getStatusCode().value() + ")", exception);
		}
		catch (RestClientResponseException exception) {
			throw failed(what, "answered " + exception.getStatusCode().value(), exception);
		}
		catch (MalformedAnswerException exception) {
			throw failed(what, "sent a malformed answer: " + exception.getMessage(), exception);
		}
		catch (OAuth2AuthorizationException exception) {
			String reason = timedOut(exception) ? "no service-account token: the token endpoint gave none within "
					+ this.readTimeout.toMillis() + " ms"
					: "no service-account token (" + exception.getError().getErrorCode() + ")";
			throw failed(what, reason, exception);
		}
		catch (RestClientException exception) {
			throw failed(what, "call failed (" + rootMessage(exception) + ")", exception);
		}
	}

	String neighbour() {
		return this.neighbour;
	}

	private SyncFailedException failed(String what, String reason, Throwable cause) {
		String text = this.neighbour + " " + what + ": " + reason;
		return new SyncFailedException((text.length() > MAX_REASON) ? text.substring(0, MAX_REASON) : text, cause);
	}

	private static boolean timedOut(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable exception) {
		Throwable root = exception;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : "no detail";
	}

}
