package com.vurksha.notification;

import org.junit.jupiter.api.Test;

import com.vurksha.platformtest.Api.Reply;
import com.vurksha.notification.support.NotificationIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A request for the error path itself is an unknown endpoint, never a 500. */
class ErrorPathIntegrationTests extends NotificationIntegrationTest {

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpointNot500() {
		Reply reply = api.get("/error");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
	}
}
