package com.vurksha.platform.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/** Builds the error envelope as a response, from controllers, servlet filters and security handlers alike. */
public final class ErrorResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ErrorResponses() {
	}

	public static ResponseEntity<ErrorBody> entity(ErrorCode code, String message, Duration retryAfter,
			List<FieldViolation> details) {
		ErrorBody body = ErrorBody.of(code, message, retryAfter, details);
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_JSON);
		if (body.error().retryAfter() != null) {
			builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(body.error().retryAfter()));
		}
		return builder.body(body);
	}

	public static ResponseEntity<ErrorBody> entity(ApiException ex) {
		return entity(ex.code(), ex.getMessage(), ex.retryAfter(), ex.details());
	}

	/** Writes the envelope straight to the servlet response, for code that runs outside Spring MVC. */
	public static void write(HttpServletResponse response, ErrorCode code, String message, Duration retryAfter) {
		if (response.isCommitted()) {
			return;
		}
		ErrorBody body = ErrorBody.of(code, message, retryAfter, List.of());
		response.resetBuffer();
		response.setStatus(code.status());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (body.error().retryAfter() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(body.error().retryAfter()));
		}
		try {
			response.getOutputStream().write(JSON.writeValueAsBytes(body));
			response.flushBuffer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
