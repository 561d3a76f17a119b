package io.gongkai.platform.security.client;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The one guarded call to a neighbour: a {@link RestClient} with the neighbour's
 * time-outs, inside the neighbour's retry and circuit breaker (both named after it, so
 * that every client of the same neighbour in a service shares them), with every failure
 * turned into one {@link NeighbourUnavailableException}.
 * <ul>
 * <li>{@link #call} is for requests that are safe to repeat (GET, PUT, DELETE): tried
 * again after a connection failure, a time-out, a 5xx answer or an unreadable answer, up
 * to {@link NeighbourSettings#attempts()} times in all.</li>
 * <li>{@link #callOnce} is for requests that are not (POST): tried again only when the
 * connection was never made, so the neighbour cannot have acted on it.</li>
 * <li>A 4xx answer is the neighbour's answer, not a failure: never tried again, not
 * counted by the circuit breaker, and handed to the caller as a
 * {@link NeighbourRefusedException} with its status, except a 401 or 403 to the
 * platform's service account, which says the platform cannot call the neighbour
 * ({@link NeighbourUnavailableException}).</li>
 * <li>An open circuit answers at once with {@link NeighbourUnavailableException}, without
 * calling.</li>
 * </ul>
 */
public final class Neighbour {

	private final String name;

	private final RestClient rest;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final Retry retryWhenNotConnected;

	private final Duration readTimeout;

	private final Duration tokenReadTimeout;

	private final boolean serviceAccount;

	private final Function<NeighbourUnavailableException, ? extends RuntimeException> whenUnavailable;

	Neighbour(String name, RestClient rest, NeighbourSettings settings, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries, Duration tokenReadTimeout, boolean serviceAccount) {
		this.name = name;
		this.rest = rest;
		this.circuitBreaker = circuitBreakers.circuitBreaker(name, breakerConfig(settings));
		this.retry = retries.retry(name, retryConfig(settings, Neighbour::worthRepeating));
		this.retryWhenNotConnected = retries.retry(name + "-not-connected",
				retryConfig(settings, Neighbour::neverConnected));
		this.readTimeout = settings.readTimeout();
		this.tokenReadTimeout = tokenReadTimeout;
		this.serviceAccount = serviceAccount;
		this.whenUnavailable = Function.identity();
	}

	private Neighbour(Neighbour neighbour,
			Function<NeighbourUnavailableException, ? extends RuntimeException> whenUnavailable) {
		this.name = neighbour.name;
		this.rest = neighbour.rest;
		this.circuitBreaker = neighbour.circuitBreaker;
		this.retry = neighbour.retry;
		this.retryWhenNotConnected = neighbour.retryWhenNotConnected;
		this.readTimeout = neighbour.readTimeout;
		this.tokenReadTimeout = neighbour.tokenReadTimeout;
		this.serviceAccount = neighbour.serviceAccount;
		this.whenUnavailable = whenUnavailable;
	}

	/**
	 * The same neighbour (same client, retry and circuit breaker), whose unavailability
	 * is raised as the service's own exception, so that a client with many calls maps it
	 * once.
	 * @param mapping the service's exception for a {@link NeighbourUnavailableException}
	 */
	public Neighbour whenUnavailable(Function<NeighbourUnavailableException, ? extends RuntimeException> mapping) {
		return new Neighbour(this, mapping);
	}

	/**
	 * Makes a request that is safe to repeat, guarded.
	 * @param what what is asked, for the failure's message ({@code "feed of 210000"})
	 * @param request the request, made on the neighbour's client; it may throw
	 * {@link UnreadableAnswerException} for an answer it cannot use
	 * @return what the request returns
	 * @throws NeighbourUnavailableException when the neighbour gives no usable answer
	 * @throws NeighbourRefusedException when the neighbour refuses the request (4xx)
	 */
	public <T> T call(String what, Function<RestClient, T> request) {
		return guarded(what, request, this.retry);
	}

	/**
	 * Makes a request that is not safe to repeat (it creates something), guarded: tried
	 * again only when the neighbour was never reached.
	 * @see #call
	 */
	public <T> T callOnce(String what, Function<RestClient, T> request) {
		return guarded(what, request, this.retryWhenNotConnected);
	}

	/**
	 * The neighbour's name, as its retry and circuit breaker are named.
	 */
	public String name() {
		return this.name;
	}

	private <T> T guarded(String what, Function<RestClient, T> request, Retry retry) {
		try {
			return unmapped(what, request, retry);
		}
		catch (NeighbourUnavailableException unavailable) {
			throw this.whenUnavailable.apply(unavailable);
		}
	}

	private <T> T unmapped(String what, Function<RestClient, T> request, Retry retry) {
		Supplier<T> readable = () -> {
			try {
				return request.apply(this.rest);
			}
			catch (RestClientResponseException | ResourceAccessException exception) {
				throw exception;
			}
			catch (RestClientException exception) {
				throw new UnreadableAnswerException("unreadable answer", exception);
			}
		};
		try {
			return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(this.circuitBreaker, readable)).get();
		}
		catch (CallNotPermittedException exception) {
			throw unavailable(what, "circuit breaker open after repeated failures; not called", exception);
		}
		catch (ResourceAccessException exception) {
			String reason = timedOut(exception) ? "no answer within " + this.readTimeout.toMillis() + " ms"
					: "connection failed (" + rootMessage(exception) + ")";
			throw unavailable(what, reason, exception);
		}
		catch (HttpClientErrorException exception) {
			int status = exception.getStatusCode().value();
			if (this.serviceAccount && (status == 401 || status == 403)) {
				throw unavailable(what, "refused the platform's service account (" + status + ")", exception);
			}
			throw new NeighbourRefusedException(this.name, what, status, exception);
		}
		catch (RestClientResponseException exception) {
			throw unavailable(what, "answered " + exception.getStatusCode().value(), exception);
		}
		catch (UnreadableAnswerException exception) {
			throw new NeighbourUnavailableException(this.name, what,
					"sent a malformed answer: " + exception.getMessage(), true, exception);
		}
		catch (OAuth2AuthorizationException exception) {
			String reason = timedOut(exception)
					? "no service-account token: the token endpoint gave none within "
							+ this.tokenReadTimeout.toMillis() + " ms"
					: "no service-account token (" + exception.getError().getErrorCode() + ")";
			throw unavailable(what, reason, exception);
		}
	}

	private NeighbourUnavailableException unavailable(String what, String reason, Throwable cause) {
		return new NeighbourUnavailableException(this.name, what, reason, false, cause);
	}

	private static CircuitBreakerConfig breakerConfig(NeighbourSettings settings) {
		return CircuitBreakerConfig.custom()
			.slidingWindowSize(settings.breakerWindow())
			.minimumNumberOfCalls(settings.breakerMinimumCalls())
			.failureRateThreshold(settings.breakerFailureRate())
			.waitDurationInOpenState(settings.breakerOpenFor())
			.ignoreExceptions(HttpClientErrorException.class)
			.build();
	}

	private static RetryConfig retryConfig(NeighbourSettings settings, Predicate<Throwable> worthIt) {
		return RetryConfig.custom()
			.maxAttempts(settings.attempts())
			.waitDuration(settings.retryWait())
			.retryOnException(worthIt)
			.build();
	}

	/**
	 * A failure after which a repeatable request is worth making again: the neighbour was
	 * not reached, did not answer in time, failed (5xx) or answered something unreadable.
	 * Neither a refusal (4xx), nor an open circuit, nor a missing service-account token.
	 */
	private static boolean worthRepeating(Throwable failure) {
		return failure instanceof ResourceAccessException || failure instanceof HttpServerErrorException
				|| failure instanceof UnreadableAnswerException;
	}

	/**
	 * A failure before the request could reach the neighbour.
	 */
	private static boolean neverConnected(Throwable failure) {
		if (!(failure instanceof ResourceAccessException)) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
				return true;
			}
		}
		return false;
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
