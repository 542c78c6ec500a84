package com.vurksha.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.net.ConnectException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class DownstreamGuardTests {

	private final CircuitBreaker breaker = CircuitBreaker.ofDefaults("product-service");

	private final DownstreamGuard guard = new DownstreamGuard(breaker, "product service");

	@Test
	void doesNotBlameTheServiceForAClientThatWentAwayWhileSendingItsBody() throws Exception {
		ResourceAccessException clientGone = new ResourceAccessException("I/O error on POST request",
				new ClientAbortException(new IOException("Connection reset by peer")));

		ServerResponse response = guard.filter(mock(ServerRequest.class), request -> {
			throw clientGone;
		});

		assertThat(response.statusCode().value()).isEqualTo(400);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void countsARefusedConnectionAgainstTheService() throws Exception {
		ResourceAccessException refused = new ResourceAccessException("I/O error on GET request",
				new ConnectException("Connection refused"));

		ServerResponse response = guard.filter(mock(ServerRequest.class), request -> {
			throw refused;
		});

		assertThat(response.statusCode().value()).isEqualTo(503);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void aServicesOwnUnavailableAnswerDoesNotOpenItsBreakerButAFailureDoes() throws Exception {
		for (int i = 0; i < 10; i++) {
			guard.filter(mock(ServerRequest.class), request -> ServerResponse.status(503).build());
		}
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();

		guard.filter(mock(ServerRequest.class), request -> ServerResponse.status(500).build());
		guard.filter(mock(ServerRequest.class), request -> ServerResponse.status(504).build());
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(2);
	}
}
