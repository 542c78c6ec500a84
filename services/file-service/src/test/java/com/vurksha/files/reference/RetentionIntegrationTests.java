package com.vurksha.files.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.delivery.events.DeliveryFailed;
import com.vurksha.delivery.events.FailureReason;
import com.vurksha.delivery.events.FollowUp;
import com.vurksha.files.support.FileServiceIntegrationTest;
import com.vurksha.files.support.TestImages;
import com.vurksha.platform.events.Outbox;
import com.vurksha.platform.jobs.PeriodicJob;
import com.vurksha.platformtest.Api;
import com.vurksha.platformtest.TestTokens;
import com.vurksha.product.events.ProductEventTypes;
import com.vurksha.product.events.ProductImagesChanged;

/**
 * What refers to a file arrives as the product and delivery services' events, over the real broker; a file nothing
 * refers to for seven days is deleted with its objects.
 */
class RetentionIntegrationTests extends FileServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private Outbox outbox;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	@Qualifier("unreferencedFilesJob")
	private PeriodicJob unreferencedFiles;

	@Test
	void aProductsImagesAreKeptWhileItShowsThemAndDeletedAWeekAfterItStopped() {
		String admin = TestTokens.admin();
		Api.Reply uploaded = upload(admin, "product-image", "image/jpeg", TestImages.jpeg(640, 480), null);
		String fileId = uploaded.data().get("fileId").asString();
		String productId = "prd-" + UUID.randomUUID();
		assertThat(unreferencedSince(fileId)).as("unreferenced until a product shows it").isNotNull();

		publishImages(productId, List.of(fileId));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(unreferencedSince(fileId)).isNull());
		// a week later, still shown: kept
		unreferencedFiles.runOnce();
		assertThat(api.get("/api/v1/files/" + fileId, admin).status()).isEqualTo(200);

		publishImages(productId, List.of());
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(unreferencedSince(fileId)).isNotNull());
		List<String> keys = objectKeys(fileId);
		assertThat(keys).hasSize(6).allSatisfy(key -> assertThat(storage.size(key)).isPresent());

		// six days unreferenced: kept; eight: deleted, objects too
		age(fileId, 6);
		unreferencedFiles.runOnce();
		assertThat(api.get("/api/v1/files/" + fileId, admin).status()).isEqualTo(200);
		age(fileId, 8);
		unreferencedFiles.runOnce();

		Api.Reply gone = api.get("/api/v1/files/" + fileId, admin);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.errorCode()).isEqualTo("FILE_NOT_FOUND");
		assertThat(keys).allSatisfy(key -> assertThat(storage.size(key)).isEmpty());
		assertThat(api.get("/cdn/" + keys.get(0)).status()).isEqualTo(404);
	}

	@Test
	void aPictureTwoFilesShareStaysWhileEitherIsAlive() {
		String admin = TestTokens.admin();
		byte[] picture = TestImages.jpeg(500, 500);
		String first = upload(admin, "product-image", "image/jpeg", picture, null).data().get("fileId").asString();
		String second = upload(admin, "product-image", "image/jpeg", picture, null).data().get("fileId").asString();
		publishImages("prd-" + UUID.randomUUID(), List.of(second));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(unreferencedSince(second)).isNull());

		age(first, 8);
		unreferencedFiles.runOnce();

		assertThat(api.get("/api/v1/files/" + first, admin).status()).isEqualTo(404);
		assertThat(objectKeys(second)).allSatisfy(key -> assertThat(storage.size(key)).isPresent());
	}

	@Test
	void aFailedDeliverysProofIsKept() {
		String deliveryId = "d-" + UUID.randomUUID();
		String customer = "customer-" + UUID.randomUUID();
		String rider = "rider-" + UUID.randomUUID();
		delivery(deliveryId, customer, rider);
		String fileId = upload(rider(rider), "delivery-proof", "image/jpeg", TestImages.jpeg(1000, 800), deliveryId)
			.data().get("fileId").asString();

		transaction.executeWithoutResult(status -> outbox.append(DeliveryFailed.TYPE, 1, "delivery", deliveryId,
				new DeliveryFailed(deliveryId, "o-1", "VK-1", customer, 1, "r-1", FailureReason.CUSTOMER_UNAVAILABLE,
						FollowUp.REATTEMPT, fileId)));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(unreferencedSince(fileId)).isNull());
	}

	private void publishImages(String productId, List<String> fileIds) {
		transaction.executeWithoutResult(status -> outbox.append(ProductImagesChanged.TYPE, ProductEventTypes.VERSION,
				"product", productId, new ProductImagesChanged(productId, new ArrayList<>(fileIds))));
	}

	private Object unreferencedSince(String fileId) {
		return jdbc.sql("select unreferenced_since from file where id = :id::uuid")
			.param("id", fileId)
			.query((rs, n) -> rs.getObject(1))
			.optional()
			.orElse(null);
	}

	private void age(String fileId, int days) {
		jdbc.sql("update file set unreferenced_since = now() - make_interval(days => :days) where id = :id::uuid")
			.param("days", days)
			.param("id", fileId)
			.update();
	}

	private List<String> objectKeys(String fileId) {
		return jdbc.sql("select object_key from file_variant where file_id = :id::uuid order by name, format")
			.param("id", fileId)
			.query(String.class)
			.list();
	}
}
