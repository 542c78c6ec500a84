package com.vurksha.files.file;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.vurksha.files.FileErrorCode;
import com.vurksha.files.storage.ObjectStorage;
import com.vurksha.platform.error.ApiErrors;
import com.vurksha.platform.error.ApiException;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The origin of {@code /cdn/**}: public variants straight from the bucket, for a CDN (or, locally, the gateway) to
 * cache. Only content-addressed public keys are served, so nothing private can be fetched by guessing a path; the
 * key names the content, so the ETag is the key and a revalidation is answered 304 without reading the bucket.
 */
@RestController
@Hidden
class CdnOriginController {

	private final ObjectStorage storage;

	CdnOriginController(ObjectStorage storage) {
		this.storage = storage;
	}

	@ApiErrors({ "FILE_NOT_FOUND", "STORAGE_UNAVAILABLE" })
	@GetMapping("/cdn/p/{name:[0-9a-f]{64}\\.(?:webp|jpg)}")
	ResponseEntity<StreamingResponseBody> variant(@PathVariable String name,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		String etag = "\"" + name + "\"";
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.header(HttpHeaders.CACHE_CONTROL, FileLibrary.IMMUTABLE)
				.build();
		}
		ObjectStorage.StoredObject object = storage.open(FileLibrary.PUBLIC_PREFIX + name)
			.orElseThrow(() -> new ApiException(FileErrorCode.FILE_NOT_FOUND, "No such image"));
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.eTag(etag)
			.header(HttpHeaders.CACHE_CONTROL, FileLibrary.IMMUTABLE)
			.contentType(name.endsWith(".webp") ? MediaType.parseMediaType("image/webp") : MediaType.IMAGE_JPEG);
		if (object.contentLength() != null) {
			answer.contentLength(object.contentLength());
		}
		return answer.body(out -> {
			try (ObjectStorage.StoredObject source = object) {
				source.content().transferTo(out);
			}
		});
	}
}
