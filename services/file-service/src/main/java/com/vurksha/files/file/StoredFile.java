package com.vurksha.files.file;

import java.time.Instant;
import java.util.List;

import com.vurksha.files.image.ImageFormat;

/**
 * A verified image as the service keeps it.
 *
 * @param deliveryId for a delivery proof, the delivery it was taken for
 * @param customerId for a delivery proof, the customer who may see it
 */
public record StoredFile(FileId id, Purpose purpose, String uploadedBy, String deliveryId, String customerId,
		ImageFormat sourceFormat, long sourceBytes, String sourceSha256, int width, int height, Instant createdAt,
		List<Variant> variants) {

	/** One size in one format, at its key in the bucket. */
	public record Variant(String name, ImageFormat format, String objectKey, int width, int height, long sizeBytes) {
	}
}
