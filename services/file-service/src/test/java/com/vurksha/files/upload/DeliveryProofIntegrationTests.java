package com.vurksha.files.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vurksha.files.support.FileServiceIntegrationTest;
import com.vurksha.files.support.TestImages;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;

/** A rider's photo of a door: uploaded by the delivery's rider, seen by its customer and operators, nobody else. */
class DeliveryProofIntegrationTests extends FileServiceIntegrationTest {

	private final String deliveryId = "d-" + UUID.randomUUID();

	private final String customerId = "customer-" + UUID.randomUUID();

	private final String riderId = "rider-" + UUID.randomUUID();

	@AfterEach
	void deliveryServiceIsBack() {
		deliveryServiceBack();
	}

	@Test
	void theCustomerAndOperatorsSeeTheProofThroughShortLivedLinksAndNobodyElseSeesIt() {
		delivery(deliveryId, customerId, riderId);

		Api.Reply proof = upload(rider(riderId), "delivery-proof", "image/jpeg", TestImages.jpegWithGps(2000, 1500),
				deliveryId);

		assertThat(proof.status()).as(proof.body().toString()).isEqualTo(200);
		assertThat(proof.data().get("deliveryId").asString()).isEqualTo(deliveryId);
		assertThat(proof.data().get("variants").properties()).hasSize(1);
		var full = proof.data().get("variants").get("full");
		assertThat(full.get("format").asString()).isEqualTo("jpeg");
		assertThat(full.get("width").asInt()).isEqualTo(1200);
		String fileId = proof.data().get("fileId").asString();

		Api.Reply seenByCustomer = api.get("/api/v1/files/" + fileId, TestTokens.customer(customerId));
		assertThat(seenByCustomer.status()).isEqualTo(200);
		String url = seenByCustomer.data().get("variants").get("full").get("url").asString();
		assertThat(url).contains("X-Amz-Signature").contains("X-Amz-Expires=300");
		HttpResponse<byte[]> picture = fetch(url);
		assertThat(picture.statusCode()).isEqualTo(200);
		assertThat(TestImages.contains(picture.body(), "Exif".getBytes())).isFalse();
		assertThat(api.get("/api/v1/files/" + fileId, TestTokens.admin()).status()).isEqualTo(200);

		Api.Reply otherCustomer = api.get("/api/v1/files/" + fileId, TestTokens.customer());
		assertThat(otherCustomer.status()).isEqualTo(404);
		assertThat(otherCustomer.errorCode()).isEqualTo("FILE_NOT_FOUND");
		assertThat(api.get("/api/v1/files/" + fileId, rider("rider-" + UUID.randomUUID())).status()).isEqualTo(404);
		// the private key is not served by the CDN origin, whatever the path
		String key = url.substring(url.indexOf("/private/") + 1, url.indexOf('?'));
		assertThat(api.get("/cdn/" + key).status()).isEqualTo(404);
	}

	@Test
	void onlyTheRiderTheDeliveryIsAssignedToUploadsItsProof() {
		delivery(deliveryId, customerId, riderId);

		Api.Reply otherRider = start(rider("rider-" + UUID.randomUUID()), "delivery-proof", "image/jpeg", 1000,
				deliveryId);
		assertThat(otherRider.status()).isEqualTo(403);
		assertThat(otherRider.errorCode()).isEqualTo("UPLOAD_NOT_ALLOWED");
		assertThat(start(TestTokens.customer(customerId), "delivery-proof", "image/jpeg", 1000, deliveryId).status())
			.isEqualTo(403);
		assertThat(start(rider(riderId), "delivery-proof", "image/jpeg", 1000, "d-unknown").status()).isEqualTo(403);
		assertThat(start(rider(riderId), "delivery-proof", "image/jpeg", 1000, null).status()).isEqualTo(400);
	}

	@Test
	void aDeliveryServiceThatDoesNotAnswerIsARetryableRefusal() {
		deliveryServiceDown();

		Api.Reply refused = start(rider(riderId), "delivery-proof", "image/jpeg", 1000, deliveryId);

		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.body().get("error").get("retryable").asBoolean()).isTrue();
	}
}
