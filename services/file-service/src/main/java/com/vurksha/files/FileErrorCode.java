package com.vurksha.files;

import com.vurksha.platform.error.ErrorCode;

/** Business error codes of the file service; listed in {@code docs/error-codes.md}. */
public enum FileErrorCode implements ErrorCode {

	/** No upload with that id for this caller. */
	UPLOAD_NOT_FOUND(404, false),
	/** The upload expired (1 hour) before it was completed; its object is deleted. */
	UPLOAD_EXPIRED(410, false),
	/** Nothing was stored at the upload's URL yet. */
	UPLOAD_NOT_RECEIVED(409, false),
	/** The upload was already completed, refused or expired. */
	UPLOAD_STATE_CONFLICT(409, false),
	/** No file with that id that this caller may see. */
	FILE_NOT_FOUND(404, false),
	/** More bytes than the purpose allows (10 MB). */
	FILE_TOO_LARGE(413, false),
	/** The bytes stored differ from what the upload declared (size or SHA-256). */
	UPLOAD_MISMATCH(422, false),
	/** The bytes are not an image of a supported format (JPEG, PNG, WebP, HEIC), whatever the declared type. */
	UNSUPPORTED_IMAGE(415, false),
	/** The image's pixel dimensions exceed the limit (a decompression bomb or a panorama). */
	IMAGE_TOO_LARGE(422, false),
	/** The image could not be decoded (truncated or corrupt). */
	IMAGE_UNREADABLE(422, false),
	/** The caller may not upload for that purpose (an operator's product image, a rider's own delivery). */
	UPLOAD_NOT_ALLOWED(403, false),
	/** Every image worker is busy; try again shortly. */
	IMAGE_WORKERS_BUSY(503, true),
	/** The storage did not answer; try again. */
	STORAGE_UNAVAILABLE(503, true);

	private final int status;

	private final boolean retryable;

	FileErrorCode(int status, boolean retryable) {
		this.status = status;
		this.retryable = retryable;
	}

	@Override
	public int status() {
		return status;
	}

	@Override
	public boolean retryable() {
		return retryable;
	}
}
