package com.vurksha.delivery.fulfilment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.vurksha.delivery.support.DeliveryIntegrationTest;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import tools.jackson.databind.JsonNode;

import static com.vurksha.platformtest.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rider who cannot deliver names the photo of the door uploaded to the file service (a WireMock stand-in); the
 * delivery keeps it only once the file service confirms it is this delivery's proof, and shows it to the rider, the
 * operators, the customer's tracking and the consumers of the failure event.
 */
class DeliveryProofIntegrationTests extends DeliveryIntegrationTest {

	private String zoneId;

	private TestRider rider;

	private String customerId;

	@BeforeEach
	void zoneWithOneRider() {
		zoneId = zoneServing(freshPincode());
		rider = rider(zoneId, 5);
		customerId = "customer-" + UUID.randomUUID();
	}

	@Test
	void keepsACheckedProofAndShowsItEverywhereTheFailureShows() {
		String orderId = packedOrder(zoneId, customerId);
		String deliveryId = pickedUp(deliveryOf(orderId));
		String proof = newFileId();
		fileService.hasProof(proof, deliveryId);

		Api.Reply failed = fail(deliveryId, "CUSTOMER_REFUSED", proof);

		assertThat(failed.status()).as(failed.body().toString()).isEqualTo(200);
		assertThat(field(failed.data(), "status")).isEqualTo("FAILED");
		assertThat(field(failed.data(), "proofFileId")).isEqualTo(proof);
		assertThat(storedProof(deliveryId)).isEqualTo(proof);
		assertThat(outboxEvents(deliveryId, "delivery.delivery.failed")).singleElement()
			.satisfies(event -> assertThat(field(event, "proofFileId")).isEqualTo(proof));
		assertThat(field(tracking(orderId), "proofFileId")).isEqualTo(proof);
		assertThat(field(operatorsView(deliveryId), "proofFileId")).isEqualTo(proof);
		assertThat(fileService.lookupsOf(proof)).isEqualTo(1);
		JsonNode token = claims(fileService.tokenOfLastLookup(proof));
		assertThat(token.get("client_id").asString()).isEqualTo("delivery-service");
		assertThat(token.get("aud").toString()).contains("file-service");
		assertThat(token.get("scope").asString()).contains("files:read");
	}

	@Test
	void showsTheRiderTheProofOfTheLastAttemptWhenTheDeliveryComesBackForAnotherTry() {
		String deliveryId = pickedUp(deliveryOf(packedOrder(zoneId, customerId)));
		String proof = newFileId();
		fileService.hasProof(proof, deliveryId);

		Api.Reply failed = fail(deliveryId, "CUSTOMER_UNAVAILABLE", proof);

		assertThat(field(failed.data(), "followUp")).isEqualTo("REATTEMPT");
		JsonNode mine = api.get("/api/v1/rider/deliveries?limit=100", rider.token()).data();
		assertThat(StreamSupport.stream(mine.spliterator(), false)
			.filter(delivery -> field(delivery, "id").equals(deliveryId))
			.findFirst()
			.orElseThrow()
			.get("proofFileId")
			.asString()).isEqualTo(proof);
	}

	@Test
	void failsWithoutAProofAsBeforeWithoutAskingTheFileService() {
		String orderId = packedOrder(zoneId, customerId);
		String deliveryId = pickedUp(deliveryOf(orderId));
		int lookups = fileService.lookups();

		Api.Reply failed = api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/fail",
				rider.token(), object("reason", "DAMAGED", "note", "box crushed"));

		assertThat(failed.status()).isEqualTo(200);
		assertThat(failed.data().get("proofFileId").isNull()).isTrue();
		assertThat(storedProof(deliveryId)).isNull();
		assertThat(outboxEvents(deliveryId, "delivery.delivery.failed")).singleElement()
			.satisfies(event -> assertThat(event.get("proofFileId").isNull()).isTrue());
		assertThat(tracking(orderId).get("proofFileId").isNull()).isTrue();
		assertThat(fileService.lookups()).isEqualTo(lookups);
	}

	@Nested
	class RefusesAndLeavesTheDeliveryUnchanged {

		private String deliveryId;

		@BeforeEach
		void onTheWay() {
			deliveryId = pickedUp(deliveryOf(packedOrder(zoneId, customerId)));
		}

		@Test
		void aFileTheFileServiceDoesNotKnow() {
			String proof = newFileId();
			fileService.lacks(proof);

			assertRefusedAsInvalid(fail(deliveryId, "CUSTOMER_UNAVAILABLE", proof));
		}

		@Test
		void aFileThatIsNotADeliveryProof() {
			String image = newFileId();
			fileService.hasProductImage(image);

			assertRefusedAsInvalid(fail(deliveryId, "CUSTOMER_UNAVAILABLE", image));
		}

		@Test
		void theProofOfAnotherDelivery() {
			String proof = newFileId();
			fileService.hasProof(proof, "another-delivery");

			assertRefusedAsInvalid(fail(deliveryId, "CUSTOMER_UNAVAILABLE", proof));
		}

		@Test
		void anyProofWhileTheFileServiceCannotAnswerAsRetryable() {
			String proof = newFileId();
			fileService.failsFor(proof);

			Api.Reply refused = fail(deliveryId, "CUSTOMER_UNAVAILABLE", proof);

			assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
			assertThat(refused.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
			assertThat(refused.body().get("error").get("retryable").asBoolean()).isTrue();
			assertUnchanged();
		}

		@Test
		void anyProofWhileTheFileServiceDropsTheConnectionAsRetryable() {
			String proof = newFileId();
			fileService.dropsConnectionsFor(proof);

			Api.Reply refused = fail(deliveryId, "CUSTOMER_UNAVAILABLE", proof);

			assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
			assertThat(refused.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
			assertUnchanged();
		}

		@Test
		void aProofIdThatIsNotAFileIdWithoutAskingTheFileService() {
			int lookups = fileService.lookups();

			Api.Reply refused = fail(deliveryId, "CUSTOMER_UNAVAILABLE", "../../admin");

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
			assertThat(fileService.lookups()).isEqualTo(lookups);
			assertUnchanged();
		}

		@Test
		void aProofForAnotherRidersDeliveryAsIfItDidNotExistWithoutAskingTheFileService() {
			String proof = newFileId();
			fileService.hasProof(proof, deliveryId);
			TestRider other = rider(zoneServing(freshPincode()), 1);

			Api.Reply refused = api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/fail",
					other.token(), object("reason", "CUSTOMER_UNAVAILABLE", "proofFileId", proof));

			assertThat(refused.status()).isEqualTo(404);
			assertThat(refused.errorCode()).isEqualTo("DELIVERY_NOT_FOUND");
			assertThat(fileService.lookupsOf(proof)).isZero();
			assertUnchanged();
		}

		private void assertRefusedAsInvalid(Api.Reply refused) {
			assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
			assertThat(refused.errorCode()).isEqualTo("DELIVERY_PROOF_INVALID");
			assertThat(refused.body().get("error").get("retryable").asBoolean()).isFalse();
			assertUnchanged();
		}

		private void assertUnchanged() {
			assertThat(deliveryStatus(deliveryId)).isEqualTo("PICKED_UP");
			assertThat(storedProof(deliveryId)).isNull();
			assertThat(outboxEvents(deliveryId, "delivery.delivery.failed")).isEmpty();
			assertThat(openCount(rider.id())).isEqualTo(1);
		}
	}

	private String pickedUp(String deliveryId) {
		assertThat(riderOf(deliveryId)).isEqualTo(rider.id());
		assertThat(riderCall(deliveryId, "accept").status()).isEqualTo(200);
		assertThat(riderCall(deliveryId, "pickup").status()).isEqualTo(200);
		return deliveryId;
	}

	private Api.Reply riderCall(String deliveryId, String action) {
		return api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/" + action, rider.token(), null);
	}

	private Api.Reply fail(String deliveryId, String reason, String proofFileId) {
		return api.send(HttpMethod.POST, "/api/v1/rider/deliveries/" + deliveryId + "/fail", rider.token(),
				object("reason", reason, "proofFileId", proofFileId));
	}

	private JsonNode tracking(String orderId) {
		Api.Reply reply = api.get("/internal/v1/deliveries/by-order/" + orderId, orderService,
				TestTokens.customerContext(TestTokens.customer(customerId)));
		assertThat(reply.status()).isEqualTo(200);
		return reply.data();
	}

	private JsonNode operatorsView(String deliveryId) {
		JsonNode failed = api.get("/api/v1/admin/deliveries?status=FAILED&limit=100", admin).data();
		return StreamSupport.stream(failed.spliterator(), false)
			.filter(delivery -> field(delivery, "id").equals(deliveryId))
			.findFirst()
			.orElseThrow();
	}

	private String storedProof(String deliveryId) {
		return jdbc.sql("SELECT proof_file_id FROM delivery WHERE id = :id").param("id", deliveryId)
			.query(String.class)
			.list()
			.get(0);
	}

	private JsonNode claims(String authorization) {
		assertThat(authorization).startsWith("Bearer ");
		String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
		return json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
	}

	private static String newFileId() {
		return UUID.randomUUID().toString();
	}
}
