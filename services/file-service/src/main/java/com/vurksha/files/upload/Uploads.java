package com.vurksha.files.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.vurksha.files.BadInput;
import com.vurksha.files.FileErrorCode;
import com.vurksha.files.FilesProperties;
import com.vurksha.files.file.FileId;
import com.vurksha.files.file.FileLibrary;
import com.vurksha.files.file.FileStore;
import com.vurksha.files.file.FileView;
import com.vurksha.files.file.Purpose;
import com.vurksha.files.file.StoredFile;
import com.vurksha.files.image.ImagePipeline;
import com.vurksha.files.image.ImageRejected;
import com.vurksha.files.image.ImageWorkers;
import com.vurksha.files.image.ProcessedImage;
import com.vurksha.files.storage.ObjectStorage;
import com.vurksha.files.upload.UploadRequests.NewUpload;
import com.vurksha.files.upload.UploadRequests.UploadTicket;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.CurrentUser;
import com.vurksha.platform.security.Role;

/**
 * Uploads from request to verified file. The client asks for a presigned PUT, sends the bytes straight to the
 * storage, then asks to complete: the service reads the stored object and trusts nothing the client declared. The
 * bytes must be a real image of a supported format within the size and pixel limits; what is kept are re-encoded
 * variants, without any of the original's metadata (a phone's GPS position among it). Refused bytes are deleted at
 * once, uncompleted uploads when they expire.
 */
@Service
public class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif");

	private final UploadStore uploads;

	private final DeliveryDirectory deliveries;

	private final ObjectStorage storage;

	private final ImagePipeline pipeline;

	private final ImageWorkers workers;

	private final FileLibrary library;

	private final FileStore files;

	private final FilesProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Uploads(UploadStore uploads, DeliveryDirectory deliveries, ObjectStorage storage, ImagePipeline pipeline,
			ImageWorkers workers, FileLibrary library, FileStore files, FilesProperties properties,
			TransactionTemplate transaction, Clock clock) {
		this.uploads = uploads;
		this.deliveries = deliveries;
		this.storage = storage;
		this.pipeline = pipeline;
		this.workers = workers;
		this.library = library;
		this.files = files;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Checks who may upload what, records the upload and presigns its PUT. */
	UploadTicket start(CurrentUser caller, NewUpload request) {
		Purpose purpose = Purpose.fromWire(request.purpose())
			.orElseThrow(() -> BadInput.field("purpose", "must be one of " + Arrays.stream(Purpose.values())
				.map(Purpose::wireName)
				.toList()));
		String contentType = request.contentType().toLowerCase(Locale.ROOT).strip();
		if (!IMAGE_TYPES.contains(contentType)) {
			throw new ApiException(FileErrorCode.UNSUPPORTED_IMAGE,
					"Only JPEG, PNG, WebP and HEIC images are accepted, not " + request.contentType());
		}
		if (request.sizeBytes() > properties.maxUploadSize().toBytes()) {
			throw tooLarge(request.sizeBytes());
		}
		String deliveryId = null;
		String customerId = null;
		if (purpose == Purpose.PRODUCT_IMAGE) {
			if (!caller.isAdmin()) {
				throw new ApiException(FileErrorCode.UPLOAD_NOT_ALLOWED, "Only operators upload product images");
			}
		}
		else {
			if (request.deliveryId() == null || request.deliveryId().isBlank()) {
				throw BadInput.field("deliveryId", "a delivery proof names its delivery");
			}
			var delivery = caller.hasRole(Role.RIDER) ? deliveries.find(request.deliveryId()).orElse(null) : null;
			if (delivery == null || !caller.id().equals(delivery.riderUserId())) {
				throw new ApiException(FileErrorCode.UPLOAD_NOT_ALLOWED,
						"Proofs are uploaded by the rider the delivery is assigned to");
			}
			deliveryId = delivery.deliveryId();
			customerId = delivery.userId();
		}
		UploadId id = UploadId.random();
		String key = "uploads/" + id;
		ObjectStorage.PresignedUpload presigned = storage.presignUpload(key, contentType, request.sizeBytes(),
				properties.uploadTtl());
		Instant now = clock.instant();
		String sha256 = request.sha256() == null ? null : request.sha256().toLowerCase(Locale.ROOT);
		uploads.insert(new Upload(id, purpose, contentType, request.sizeBytes(), sha256, key, caller.id(), deliveryId,
				customerId, Upload.Status.PENDING, null, now, presigned.expiresAt()));
		return new UploadTicket(id.toString(), presigned.url().toString(), "PUT", presigned.headers(),
				presigned.expiresAt());
	}

	/**
	 * Verifies the stored bytes and makes the file. Completing a completed upload again answers its file (a client
	 * that lost the first answer may retry); a refused or expired one answers why.
	 */
	FileView complete(CurrentUser caller, String uploadId) {
		Upload upload = UploadId.parse(uploadId)
			.flatMap(uploads::find)
			.filter(found -> found.uploadedBy().equals(caller.id()))
			.orElseThrow(() -> new ApiException(FileErrorCode.UPLOAD_NOT_FOUND, "No upload " + uploadId));
		switch (upload.status()) {
			case COMPLETED -> {
				return existing(upload);
			}
			case REJECTED -> throw new ApiException(FileErrorCode.UPLOAD_STATE_CONFLICT,
					"This upload was refused; start a new one");
			case EXPIRED -> throw expired();
			case PENDING -> {
				// verified below
			}
		}
		if (upload.expiredAt(clock.instant())) {
			expire(upload);
			throw expired();
		}
		long stored = storage.size(upload.objectKey())
			.orElseThrow(() -> new ApiException(FileErrorCode.UPLOAD_NOT_RECEIVED,
					"Nothing was uploaded yet; PUT the bytes to the upload URL first"));
		if (stored > properties.maxUploadSize().toBytes()) {
			throw refuse(upload, tooLarge(stored));
		}
		if (stored != upload.sizeBytes()) {
			throw refuse(upload, new ApiException(FileErrorCode.UPLOAD_MISMATCH,
					"The upload declared " + upload.sizeBytes() + " bytes but " + stored + " arrived"));
		}
		byte[] bytes = storage.read(upload.objectKey());
		String sha256 = FileLibrary.sha256(bytes);
		if (upload.sha256() != null && !upload.sha256().equals(sha256)) {
			throw refuse(upload, new ApiException(FileErrorCode.UPLOAD_MISMATCH,
					"The bytes stored do not have the SHA-256 the upload declared"));
		}
		ProcessedImage image;
		try {
			image = workers.run(() -> pipeline.process(bytes, upload.purpose().plan()));
		}
		catch (ImageRejected ex) {
			throw refuse(upload, new ApiException(switch (ex.reason()) {
				case UNSUPPORTED -> FileErrorCode.UNSUPPORTED_IMAGE;
				case TOO_MANY_PIXELS -> FileErrorCode.IMAGE_TOO_LARGE;
				case UNREADABLE -> FileErrorCode.IMAGE_UNREADABLE;
			}, ex.getMessage()));
		}
		StoredFile file = library.write(new FileLibrary.NewFile(upload.purpose(), upload.uploadedBy(),
				upload.deliveryId(), upload.customerId(), stored, sha256), image);
		Boolean won = transaction.execute(status -> {
			library.record(file);
			if (uploads.complete(upload.id(), file.id())) {
				return true;
			}
			status.setRollbackOnly();
			return false;
		});
		if (!Boolean.TRUE.equals(won)) {
			// another completion of the same upload finished first: answer its file, drop this copy
			library.discard(file);
			return complete(caller, uploadId);
		}
		deleteQuietly(upload);
		return library.view(file);
	}

	/** Deletes the object of an upload whose hour ran out, and closes it. */
	void expire(Upload upload) {
		storage.delete(upload.objectKey());
		if (uploads.close(upload.id(), Upload.Status.EXPIRED)) {
			log.info("Upload {} expired uncompleted; its object is deleted", upload.id());
		}
	}

	private FileView existing(Upload upload) {
		return files.find(new FileId(upload.fileId()))
			.map(library::view)
			.orElseThrow(() -> new ApiException(FileErrorCode.FILE_NOT_FOUND,
					"The file of this upload was deleted (nothing referred to it)"));
	}

	private ApiException refuse(Upload upload, ApiException why) {
		uploads.close(upload.id(), Upload.Status.REJECTED);
		deleteQuietly(upload);
		return why;
	}

	private void deleteQuietly(Upload upload) {
		try {
			storage.delete(upload.objectKey());
		}
		catch (ApiException ex) {
			// the bucket's lifecycle rule on uploads/ removes it later (docs/files.md)
			log.warn("Could not delete the object of upload {}: {}", upload.id(), ex.getMessage());
		}
	}

	private ApiException tooLarge(long bytes) {
		return new ApiException(FileErrorCode.FILE_TOO_LARGE, "An upload may have at most "
				+ properties.maxUploadSize().toMegabytes() + " MB; this one has " + bytes + " bytes");
	}

	private static ApiException expired() {
		return new ApiException(FileErrorCode.UPLOAD_EXPIRED, "The upload expired; start a new one");
	}
}
