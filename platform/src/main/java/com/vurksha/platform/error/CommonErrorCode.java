package com.vurksha.platform.error;

/** Error codes that any service can answer with, independent of its business. */
public enum CommonErrorCode implements ErrorCode {

	VALIDATION_FAILED(400, false),
	MALFORMED_REQUEST(400, false),
	IDEMPOTENCY_KEY_REQUIRED(400, false),
	UNAUTHORIZED(401, false),
	FORBIDDEN(403, false),
	NOT_FOUND(404, false),
	METHOD_NOT_ALLOWED(405, false),
	NOT_ACCEPTABLE(406, false),
	CONFLICT(409, false),
	IDEMPOTENCY_KEY_IN_PROGRESS(409, true),
	PAYLOAD_TOO_LARGE(413, false),
	UNSUPPORTED_MEDIA_TYPE(415, false),
	IDEMPOTENCY_KEY_REUSED(422, false),
	RATE_LIMITED(429, true),
	INTERNAL_ERROR(500, false),
	SERVICE_UNAVAILABLE(503, true),
	DEPENDENCY_TIMEOUT(504, true);

	private final int status;

	private final boolean retryable;

	CommonErrorCode(int status, boolean retryable) {
		this.status = status;
		this.retryable = retryable;
	}

	/** The platform's code for a bare HTTP status, for failures that carry nothing but a status. */
	public static CommonErrorCode forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 429 -> RATE_LIMITED;
			case 503 -> SERVICE_UNAVAILABLE;
			case 504 -> DEPENDENCY_TIMEOUT;
			default -> (status >= 400 && status < 500) ? MALFORMED_REQUEST : INTERNAL_ERROR;
		};
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
