package com.vurksha.payment;

import org.junit.jupiter.api.Test;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.payment.support.PaymentIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A request for the error path itself is an unknown endpoint, never a 500. */
class ErrorPathIntegrationTests extends PaymentIntegrationTest {

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpointNot500() {
		Reply reply = api.get("/error");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
	}
}
