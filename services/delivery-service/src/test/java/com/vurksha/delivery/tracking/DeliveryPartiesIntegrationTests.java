package com.vurksha.delivery.tracking;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file service asks who a delivery concerns (the assigned rider may upload its proof, the customer may see it)
 * with its own token for the delivery service, scope {@code deliveries:read}.
 */
class DeliveryPartiesIntegrationTests extends DeliveryIntegrationTest {

	private final String fileService = TestTokens.service("file-service", "delivery-service", "deliveries:read");

	@Test
	void namesTheCustomerAndTheAssignedRidersUser() {
		String zoneId = zoneServing(freshPincode());
		TestRider rider = rider(zoneId, 5);
		String customerId = "customer-" + UUID.randomUUID();
		String orderId = packedOrder(zoneId, customerId);
		String deliveryId = deliveryOf(orderId);

		Api.Reply reply = api.get("/internal/v1/deliveries/" + deliveryId, fileService);

		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
		assertThat(field(reply.data(), "deliveryId")).isEqualTo(deliveryId);
		assertThat(field(reply.data(), "orderId")).isEqualTo(orderId);
		assertThat(field(reply.data(), "userId")).isEqualTo(customerId);
		assertThat(field(reply.data(), "riderUserId")).isEqualTo(rider.userId());
		assertThat(field(reply.data(), "status")).isEqualTo("ASSIGNED");
	}

	@Test
	void namesNoRiderWhileNobodyHasTheDelivery() {
		String zoneWithoutRiders = zoneServing(freshPincode());
		String deliveryId = deliveryOf(packedOrder(zoneWithoutRiders, "customer-" + UUID.randomUUID()));

		Api.Reply reply = api.get("/internal/v1/deliveries/" + deliveryId, fileService);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.data().get("riderUserId").isNull()).isTrue();
		assertThat(field(reply.data(), "status")).isEqualTo("UNASSIGNED");
	}

	@Test
	void answersAnUnknownDeliveryAsNotFound() {
		Api.Reply reply = api.get("/internal/v1/deliveries/no-such-delivery", fileService);

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("DELIVERY_NOT_FOUND");
	}

	@Test
	void refusesATokenWithoutTheScopeAndTheRidersOwnToken() {
		String deliveryId = deliveryOf(packedOrder(zoneServing(freshPincode()), "customer-" + UUID.randomUUID()));
		String withoutScope = TestTokens.service("file-service", "delivery-service", "files:read");
		String riderToken = rider(zoneServing(freshPincode()), 1).token();

		assertThat(api.get("/internal/v1/deliveries/" + deliveryId, withoutScope).status()).isEqualTo(403);
		assertThat(api.get("/internal/v1/deliveries/" + deliveryId, riderToken).status()).isEqualTo(403);
	}
}
