package com.vurksha.files.upload;

import java.time.Instant;
import java.util.UUID;

import com.vurksha.files.file.Purpose;

/**
 * An upload: what the client declared, where its bytes go, and how far it got.
 *
 * @param deliveryId for a delivery proof, the delivery; {@code customerId} its customer
 * @param fileId the file it became, once completed
 */
record Upload(UploadId id, Purpose purpose, String contentType, long sizeBytes, String sha256, String objectKey,
		String uploadedBy, String deliveryId, String customerId, Status status, UUID fileId, Instant createdAt,
		Instant expiresAt) {

	enum Status {
		/** Presigned URL handed out; bytes not verified yet. */
		PENDING,
		/** Verified; became {@code fileId}. */
		COMPLETED,
		/** The bytes were refused; the object is deleted. */
		REJECTED,
		/** Not completed within its hour; the object is deleted. */
		EXPIRED
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}
}
