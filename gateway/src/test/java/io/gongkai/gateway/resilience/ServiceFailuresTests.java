package io.gongkai.gateway.resilience;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status exceptions stand for the route filter's, which turns the {@code statusCodes}
 * it is given into an {@code HttpStatusCodeException}.
 */
class ServiceFailuresTests {

	@Test
	void timeOutsAndBrokenConnectionsAreTheServicesFailures() {
		assertThat(ServiceFailures.isServiceFailure(new TimeoutException())).isTrue();
		assertThat(ServiceFailures.isServiceFailure(new ConnectException("Connection refused"))).isTrue();
		assertThat(ServiceFailures.isServiceFailure(new IllegalStateException(new IOException("reset")))).isTrue();
	}

	@Test
	void onlyUnavailableAnswersCountAmongTheServicesStatuses() {
		assertThat(ServiceFailures.isServiceFailure(new HttpServerErrorException(HttpStatus.BAD_GATEWAY))).isTrue();
		assertThat(ServiceFailures.isServiceFailure(new HttpServerErrorException(HttpStatus.SERVICE_UNAVAILABLE)))
			.isTrue();
		assertThat(ServiceFailures.isServiceFailure(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT))).isTrue();
		assertThat(ServiceFailures.isServiceFailure(new HttpServerErrorException(HttpStatus.INTERNAL_SERVER_ERROR)))
			.isFalse();
		assertThat(ServiceFailures.isServiceFailure(new HttpClientErrorException(HttpStatus.BAD_REQUEST))).isFalse();
	}

	@Test
	void whatTheGatewayRaisesWhileHandlingARequestIsNotTheServicesFailure() {
		assertThat(ServiceFailures.isServiceFailure(new IllegalArgumentException("a header the client cannot send")))
			.isFalse();
		assertThat(ServiceFailures.isServiceFailure(new ResponseStatusException(HttpStatus.BAD_REQUEST))).isFalse();
	}

}
