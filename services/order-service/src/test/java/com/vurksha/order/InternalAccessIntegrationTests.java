package com.vurksha.order;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.order.support.OrderServiceIntegrationTest;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.InternalEndpoints;
import com.vurksha.platformtest.InternalEndpoints.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order service's internal endpoint answers only the payment service's token for {@code order-service} with
 * {@code orders:read}; a customer's token straight at the port is 403.
 */
class InternalAccessIntegrationTests extends OrderServiceIntegrationTest {

	@Test
	void theInternalOrderAnswersOnlyTheRightServiceToken() {
		InternalEndpoints.assertOnlyServiceTokensPass(api, "order-service",
				new Endpoint(HttpMethod.GET, "/internal/v1/orders/" + UUID.randomUUID(), null, "orders:read"));
	}

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpointNot500() {
		Reply reply = api.get("/error");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
	}
}
