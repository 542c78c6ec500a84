package com.vurksha.product.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import com.vurksha.platform.api.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers catalogue reads with an ETag and turns a matching {@code If-None-Match} into 304 with no body.
 *
 * <p>The tag hashes only {@code data} and {@code pagination}: the envelope's {@code meta} carries a fresh
 * request id and timestamp on every answer, so hashing the whole body would never match. Because the meta
 * differs while the content is the same, the tag is weak.
 */
@Component
public class ConditionalGet {

	private final JsonMapper json;

	public ConditionalGet(JsonMapper json) {
		this.json = json;
	}

	public <T> ResponseEntity<ApiResponse<T>> respond(WebRequest request, ApiResponse<T> body) {
		String etag = etagOf(body);
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache()).build();
		}
		return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(body);
	}

	String etagOf(ApiResponse<?> body) {
		byte[] content = json.writeValueAsBytes(new Object[] { body.data(), body.pagination() });
		return "W/\"" + HexFormat.of().formatHex(Arrays.copyOf(sha256(content), 16)) + "\"";
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK ships SHA-256", ex);
		}
	}
}
