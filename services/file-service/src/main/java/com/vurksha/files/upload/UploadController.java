package com.vurksha.files.upload;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.vurksha.files.file.FileView;
import com.vurksha.files.upload.UploadRequests.NewUpload;
import com.vurksha.files.upload.UploadRequests.UploadTicket;
import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Uploads: a presigned PUT straight to the storage, then completion, which verifies the bytes. */
@RestController
@RequestMapping("/api/v1/files/uploads")
@Tag(name = "Files")
@SecurityRequirement(name = "bearer")
class UploadController {

	private final Uploads uploads;

	UploadController(Uploads uploads) {
		this.uploads = uploads;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "startUpload", summary = "Get a URL to upload a picture to",
			description = "{purpose: product-image (operators) | delivery-proof (the rider of deliveryId), "
					+ "contentType: image/jpeg|png|webp|heic|heif, sizeBytes (at most 10 MB), sha256?, deliveryId?} "
					+ "-> {uploadId, url, method: PUT, headers, expiresAt}. Send exactly sizeBytes bytes to url with "
					+ "these headers within the hour (the bytes go straight to the storage), then complete the "
					+ "upload. 413 FILE_TOO_LARGE, 415 UNSUPPORTED_IMAGE for another declared type, 403 "
					+ "UPLOAD_NOT_ALLOWED for a customer, or a rider the delivery is not assigned to.")
	@ApiErrors({ "FILE_TOO_LARGE", "UNSUPPORTED_IMAGE", "UPLOAD_NOT_ALLOWED", "STORAGE_UNAVAILABLE" })
	ApiResponse<UploadTicket> startUpload(CurrentUser caller, @Valid @RequestBody NewUpload request) {
		return ApiResponse.ok(uploads.start(caller, request));
	}

	@PostMapping("/{uploadId}/complete")
	@Operation(operationId = "completeUpload", summary = "Verify an upload and make it a file",
			description = "Reads what was stored: it must be a JPEG, PNG, WebP or HEIC image by its bytes (415 "
					+ "UNSUPPORTED_IMAGE otherwise, whatever its declared type), the size declared (422 "
					+ "UPLOAD_MISMATCH; also for a wrong sha256), at most 10 MB (413) and 40 megapixels (422 "
					+ "IMAGE_TOO_LARGE). Refused bytes are deleted. The file keeps re-encoded variants only, without "
					+ "metadata (EXIF, GPS), oriented upright: product images WebP and JPEG 200, 400 and 1200 px "
					+ "wide, delivery proofs one JPEG 1200 px wide. Completing again answers the same file. Only the "
					+ "uploader may complete; 404 UPLOAD_NOT_FOUND for anyone else. 503 IMAGE_WORKERS_BUSY when "
					+ "every image worker is busy (retry; the upload stays).")
	@ApiErrors({ "UPLOAD_NOT_FOUND", "UPLOAD_EXPIRED", "UPLOAD_NOT_RECEIVED", "UPLOAD_STATE_CONFLICT",
			"UPLOAD_MISMATCH", "FILE_TOO_LARGE", "UNSUPPORTED_IMAGE", "IMAGE_TOO_LARGE", "IMAGE_UNREADABLE",
			"IMAGE_WORKERS_BUSY", "STORAGE_UNAVAILABLE", "FILE_NOT_FOUND" })
	ApiResponse<FileView> completeUpload(CurrentUser caller, @PathVariable String uploadId) {
		return ApiResponse.ok(uploads.complete(caller, uploadId));
	}
}
