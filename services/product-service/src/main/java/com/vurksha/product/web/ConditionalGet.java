package com.vurksha.product.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import com.vurksha.platform.api.ApiResponse;
import com.vurksha.platform.api.Meta;
import com.vurksha.platform.api.PreparedEnvelope;
import com.vurksha.product.cache.CatalogueCacheProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers public catalogue reads with an ETag and a {@code Cache-Control} that lets the gateway, a CDN and the app
 * reuse the answer for a few seconds, and turns a matching {@code If-None-Match} into 304 with no body.
 *
 * <p>The tag covers only {@code data} and {@code pagination} (see {@link PreparedEnvelope}): the envelope's
 * {@code meta} carries a fresh request id and timestamp on every answer, so the tag is weak. A copy reused from a
 * shared cache therefore carries the request id of the request that filled it.
 */
@Component
public class ConditionalGet {

	private final JsonMapper json;

	private final CacheControl publicRead;

	public ConditionalGet(JsonMapper json, CatalogueCacheProperties properties) {
		this.json = json;
		this.publicRead = CacheControl.maxAge(properties.publicMaxAge())
			.cachePublic()
			.staleWhileRevalidate(properties.staleWhileRevalidate());
	}

	/** A prepared (typically cached) envelope: its bytes are written as they are, only the meta is made now. */
	public ResponseEntity<byte[]> respond(WebRequest request, PreparedEnvelope envelope) {
		if (request.checkNotModified(envelope.etag())) {
			return notModified(envelope.etag());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.eTag(envelope.etag())
			.cacheControl(publicRead)
			.body(envelope.render(json, Meta.now()));
	}

	/** An answer made for this request alone (not cached), tagged alike. */
	public <T> ResponseEntity<ApiResponse<T>> respond(WebRequest request, ApiResponse<T> body) {
		String etag = PreparedEnvelope.of(json, body.data(), body.pagination()).etag();
		if (request.checkNotModified(etag)) {
			return notModified(etag);
		}
		return ResponseEntity.ok().eTag(etag).cacheControl(publicRead).body(body);
	}

	private <B> ResponseEntity<B> notModified(String etag) {
		return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(publicRead).build();
	}
}
