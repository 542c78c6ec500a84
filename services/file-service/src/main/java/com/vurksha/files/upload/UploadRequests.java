package com.vurksha.files.upload;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** The upload API's bodies. */
final class UploadRequests {

	private UploadRequests() {
	}

	/**
	 * A request for an upload URL.
	 *
	 * @param purpose {@code product-image} (operators) or {@code delivery-proof} (the delivery's rider)
	 * @param contentType what the client will send: image/jpeg, image/png, image/webp, image/heic or image/heif
	 *        (the bytes decide in the end)
	 * @param sizeBytes exactly how many bytes the client will send; at most 10 MB
	 * @param sha256 optionally their SHA-256 in hex; checked on completion
	 * @param deliveryId for a delivery proof, the delivery it is for
	 */
	@Schema(name = "NewUpload")
	record NewUpload(@NotBlank String purpose, @NotBlank @Size(max = 100) String contentType,
			@Positive long sizeBytes, @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256,
			@Size(max = 64) String deliveryId) {
	}

	/**
	 * Where to send the bytes: a presigned S3 PUT, straight to the storage (never through the API).
	 *
	 * @param url the presigned URL; works until {@code expiresAt} (1 hour)
	 * @param method always PUT
	 * @param headers to send with it exactly (the signature covers them), with Content-Length equal to sizeBytes
	 */
	@Schema(name = "UploadTicket")
	record UploadTicket(String uploadId, String url, String method, Map<String, String> headers, Instant expiresAt) {
	}
}
