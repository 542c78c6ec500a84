package com.vurksha.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platformtest.Api.Reply;
import com.vurksha.platformtest.InternalEndpoints;
import com.vurksha.platformtest.InternalEndpoints.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every internal endpoint of the delivery service answers only a service token for {@code delivery-service} with the
 * endpoint's scope; a customer's token straight at the port is 403.
 */
class InternalAccessIntegrationTests extends DeliveryIntegrationTest {

	@Test
	void everyInternalEndpointAnswersOnlyTheRightServiceToken() {
		String booking = "order-" + UUID.randomUUID();
		List<Endpoint> endpoints = List.of(
				new Endpoint(HttpMethod.POST, "/internal/v1/slot-bookings",
						Map.of("bookingId", booking, "slotId", "no-such-slot", "pincode", "560001"), "slots:book"),
				new Endpoint(HttpMethod.POST, "/internal/v1/slot-bookings/" + booking + "/confirm", null, "slots:book"),
				new Endpoint(HttpMethod.POST, "/internal/v1/slot-bookings/" + booking + "/release", null, "slots:book"),
				new Endpoint(HttpMethod.GET, "/internal/v1/deliveries/by-order/" + booking, null, "deliveries:read"),
				new Endpoint(HttpMethod.GET, "/internal/v1/deliveries/no-such-delivery", null, "deliveries:read"));
		for (Endpoint endpoint : endpoints) {
			InternalEndpoints.assertOnlyServiceTokensPass(api, "delivery-service", endpoint);
		}
	}

	@Test
	void answersARequestForTheErrorPathAsNoSuchEndpointNot500() {
		Reply reply = api.get("/error");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("NOT_FOUND");
	}
}
